package com.icr.support;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Headless Chromium through {@code frontend/e2e/visit.mjs} (playwright-core): opens a
 * host page, waits until our iframe is ready, and reports text, theme, console errors and
 * failed requests. Screenshots go to {@code target/screenshots}.
 */
public final class Browser {

    private static final ObjectMapper JSON = new ObjectMapper();

    public static final Path SCREENSHOTS = Path.of("target/screenshots");

    private Browser() {
    }

    /**
     * What the page showed: in a theme, or at a snapshot step ({@code name});
     * {@code counts} of the probes.
     */
    public record View(String name, String theme, String screenshot, String text, String colorMode, String background,
            String color, String ready, Map<String, Integer> counts) {

        /** How many elements match a probe of the visit. */
        public int count(String probe) {
            Integer n = counts == null ? null : counts.get(probe);
            if (n == null) {
                throw new AssertionError("not a probe of the visit: " + probe);
            }
            return n;
        }
    }

    public record Clicked(String screenshot, String text) {
    }

    public record Report(List<String> consoleErrors, List<String> pageErrors, List<String> failedRequests,
            List<View> views, Long readyAfterMs, String error, Clicked clicked, List<View> steps) {

        public View view(String theme) {
            return views.stream()
                .filter(v -> v.theme().equals(theme))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no " + theme + " view; error: " + error));
        }

        public View step(String name) {
            return (steps == null ? List.<View>of() : steps).stream()
                .filter(v -> v.name().equals(name))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no snapshot " + name + "; error: " + error));
        }
    }

    /**
     * Something done inside our iframe after the first views (see
     * {@code frontend/e2e/visit.mjs}).
     */
    public record Step(String action, String selector, String value) {

        public static Step click(String selector) {
            return new Step("click", selector, null);
        }

        public static Step select(String selector, String value) {
            return new Step("select", selector, value);
        }

        public static Step fill(String selector, String value) {
            return new Step("fill", selector, value);
        }

        public static Step waitFor(String selector) {
            return new Step("waitFor", selector, null);
        }

        /** Types into a field key by key, as a person does (a search as you type). */
        public static Step type(String selector, String text) {
            return new Step("type", selector, text);
        }

        /** Presses a key ({@code ArrowDown}, {@code Enter}) in the field. */
        public static Step press(String selector, String key) {
            return new Step("press", selector, key);
        }

        /**
         * Scrolls inside our iframe until the first element matching {@code selector} is
         * in view.
         */
        public static Step scroll(String selector) {
            return new Step("scroll", selector, null);
        }

        /**
         * Moves the following steps to the iframe whose URL contains {@code urlPart}: the
         * host replaced ours.
         */
        public static Step frame(String urlPart) {
            return new Step("frame", null, urlPart);
        }

        public static Step theme(String theme) {
            return new Step("theme", null, theme);
        }

        /**
         * Reads the page and screenshots it as {@code <screenshot>-<name>.png}:
         * {@link Report#step(String)}.
         */
        public static Step snapshot(String name) {
            return new Step("snapshot", null, name);
        }

        Map<String, String> spec() {
            Map<String, String> spec = new java.util.HashMap<>();
            spec.put("do", action);
            if (selector != null) {
                spec.put("selector", selector);
            }
            if (value != null) {
                spec.put(action.equals("snapshot") ? "name" : "value", value);
            }
            return spec;
        }
    }

    public static Report visit(String url, String waitFor, String screenshotName, List<String> themes,
            String themeSelect) {
        return visit(url, waitFor, screenshotName, themes, themeSelect, null, null);
    }

    /**
     * As above, then clicks {@code click} inside our iframe and waits for
     * {@code clickWaitFor}.
     */
    public static Report visit(String url, String waitFor, String screenshotName, List<String> themes,
            String themeSelect, String click, String clickWaitFor) {
        return visit(url, waitFor, screenshotName, themes, themeSelect, click, clickWaitFor, List.of(), List.of());
    }

    /**
     * As above, without a click, then the {@code steps} in order; every view and snapshot
     * counts the elements matching each of {@code probes} inside our iframe.
     */
    public static Report visit(String url, String waitFor, String screenshotName, List<String> themes,
            List<String> probes, List<Step> steps) {
        return visit(url, waitFor, screenshotName, themes, null, null, null, probes, steps);
    }

    private static Report visit(String url, String waitFor, String screenshotName, List<String> themes,
            String themeSelect, String click, String clickWaitFor, List<String> probes, List<Step> steps) {
        try {
            Files.createDirectories(SCREENSHOTS);
            Path spec = Files.createTempFile("visit-", ".json");
            Map<String, Object> body = new java.util.HashMap<>(Map.of("url", url, "waitFor", waitFor, "themes", themes,
                    "screenshot", SCREENSHOTS.resolve(screenshotName + ".png").toAbsolutePath().toString()));
            if (themeSelect != null) {
                body.put("themeSelect", themeSelect);
            }
            if (click != null) {
                body.put("click", Map.of("selector", click, "waitFor", clickWaitFor));
            }
            if (!probes.isEmpty()) {
                body.put("probes", probes);
            }
            if (!steps.isEmpty()) {
                body.put("steps", steps.stream().map(Step::spec).toList());
            }
            JSON.writeValue(spec.toFile(), body);
            Process process = new ProcessBuilder("node", "frontend/e2e/visit.mjs", spec.toString())
                .redirectError(ProcessBuilder.Redirect.INHERIT)
                .start();
            byte[] out = process.getInputStream().readAllBytes();
            if (!process.waitFor(90, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new AssertionError("the browser did not finish");
            }
            String report = new String(out, StandardCharsets.UTF_8);
            return JSON.readValue(report, Report.class);
        }
        catch (AssertionError e) {
            throw e;
        }
        catch (Exception e) {
            throw new IllegalStateException("could not run the browser", e);
        }
    }

}
