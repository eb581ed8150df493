package com.icr.support;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.opentest4j.TestAbortedException;

/**
 * The test run prints results, not the application's log. Whatever reaches the console
 * while a test class or a test runs (the app's log through logback's console appender,
 * redacted as in production, from any thread, and anything else written to
 * {@code System.out} or {@code System.err}) is kept in memory and printed only when that
 * test or class fails: a failed test shows the output of its class's set-up and its own.
 * Spring's contexts are shared and log from their own threads (intake workers,
 * schedulers): such a line belongs to the test or class running when it is written;
 * between test classes and after the last one it is dropped.
 *
 * <p>
 * The app's log still goes to {@code System.out}, so Spring Boot's
 * {@code OutputCaptureExtension} ({@code ErrorsAndLogsTest}) sees every line.
 * {@code -Dicr.test.output=all} prints everything as it comes. Registered for every test
 * class through {@code junit-platform.properties} (extension autodetection).
 */
public class OutputOnFailure implements BeforeAllCallback, BeforeEachCallback, AfterEachCallback, AfterAllCallback {

    private static final boolean SHOW_ALL = "all".equals(System.getProperty("icr.test.output"));

    /**
     * The output of each running test class and test, by unique id; a finished one's is
     * printed or dropped.
     */
    private static final Map<String, ByteArrayOutputStream> OUTPUTS = new ConcurrentHashMap<>();

    private static volatile ByteArrayOutputStream current;

    private static PrintStream console;

    @Override
    public void beforeAll(ExtensionContext context) {
        start(context);
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        start(context);
    }

    @Override
    public void afterEach(ExtensionContext context) {
        finish(context);
    }

    @Override
    public void afterAll(ExtensionContext context) {
        finish(context);
    }

    private static synchronized void start(ExtensionContext context) {
        if (SHOW_ALL) {
            return;
        }
        if (console == null) { // once: Spring Boot's OutputCaptureExtension and others
                               // stack on top of it
            console = System.out;
            PrintStream routed = new PrintStream(new Routed(), true, StandardCharsets.UTF_8);
            System.setOut(routed);
            System.setErr(routed);
        }
        ByteArrayOutputStream output = new ByteArrayOutputStream();
        OUTPUTS.put(context.getUniqueId(), output);
        current = output;
    }

    private static synchronized void finish(ExtensionContext context) {
        if (SHOW_ALL) {
            return;
        }
        if (context.getExecutionException().filter(e -> !(e instanceof TestAbortedException)).isPresent()) {
            print(context);
        }
        OUTPUTS.remove(context.getUniqueId());
        current = null;
        for (Optional<ExtensionContext> c = context.getParent(); c.isPresent()
                && current == null; c = c.get().getParent()) {
            current = OUTPUTS.get(c.get().getUniqueId());
        }
    }

    /**
     * The failed one's output after that of its classes not shown yet (each is shown
     * once).
     */
    private static void print(ExtensionContext failed) {
        List<ExtensionContext> lineage = new ArrayList<>();
        for (Optional<ExtensionContext> c = Optional.of(failed); c.isPresent(); c = c.get().getParent()) {
            lineage.add(0, c.get());
        }
        for (ExtensionContext c : lineage) {
            ByteArrayOutputStream output = OUTPUTS.get(c.getUniqueId());
            if (output == null) {
                continue;
            }
            byte[] bytes;
            synchronized (output) {
                bytes = output.toByteArray();
                output.reset();
            }
            if (bytes.length == 0) {
                continue;
            }
            String name = c.getTestMethod()
                .map(m -> c.getRequiredTestClass().getSimpleName() + "." + c.getDisplayName())
                .orElse(c.getDisplayName());
            console.println("---- output of "
                    + (c == failed ? "failed " + name : name + ", its set-up and between its tests") + " ----");
            console.write(bytes, 0, bytes.length);
            console.println("---- end of output of " + name + " ----");
            console.flush();
        }
    }

    /** Writes to the output of whatever runs now; outside any test class, nowhere. */
    private static final class Routed extends OutputStream {

        @Override
        public void write(int b) {
            write(new byte[] { (byte) b }, 0, 1);
        }

        @Override
        public void write(byte[] bytes, int offset, int length) {
            ByteArrayOutputStream output = current;
            if (output != null) {
                synchronized (output) {
                    output.write(bytes, offset, length);
                }
            }
        }

    }

}
