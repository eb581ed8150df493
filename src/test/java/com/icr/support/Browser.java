package com.icr.support;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Headless Chromium through {@code frontend/e2e/visit.mjs} (playwright-core): opens a host page, waits until
 * our iframe is ready, and reports text, theme, console errors and failed requests. Screenshots go to
 * {@code target/screenshots}.
 */
public final class Browser {

    private static final ObjectMapper JSON = new ObjectMapper();
    public static final Path SCREENSHOTS = Path.of("target/screenshots");

    private Browser() {
    }

    public record View(String theme, String screenshot, String text, String colorMode, String background, String color, String ready) {
    }

    public record Clicked(String screenshot, String text) {
    }

    public record Report(List<String> consoleErrors, List<String> pageErrors, List<String> failedRequests, List<View> views,
                         Long readyAfterMs, String error, Clicked clicked) {

        public View view(String theme) {
            return views.stream().filter(v -> v.theme().equals(theme)).findFirst()
                    .orElseThrow(() -> new AssertionError("no " + theme + " view; error: " + error));
        }
    }

    public static Report visit(String url, String waitFor, String screenshotName, List<String> themes, String themeSelect) {
        return visit(url, waitFor, screenshotName, themes, themeSelect, null, null);
    }

    /** As above, then clicks {@code click} inside our iframe and waits for {@code clickWaitFor}. */
    public static Report visit(String url, String waitFor, String screenshotName, List<String> themes, String themeSelect,
                               String click, String clickWaitFor) {
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
            JSON.writeValue(spec.toFile(), body);
            Process process = new ProcessBuilder("node", "frontend/e2e/visit.mjs", spec.toString())
                    .redirectError(ProcessBuilder.Redirect.INHERIT).start();
            byte[] out = process.getInputStream().readAllBytes();
            if (!process.waitFor(90, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new AssertionError("the browser did not finish");
            }
            String report = new String(out, StandardCharsets.UTF_8);
            return JSON.readValue(report, Report.class);
        } catch (AssertionError e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException("could not run the browser", e);
        }
    }
}
