package com.icr.bench;

import com.icr.Application;
import com.icr.support.KeyServer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The app as the benchmarks start it: in their own JVM, on a free port, its HSQLDB in
 * {@code data}, trusting the test key server for signed installs, without the demo site,
 * logging warnings only.
 */
final class BenchApp {

    private BenchApp() {
    }

    static ConfigurableApplicationContext start(Path data, String... more) {
        List<String> args = new ArrayList<>(
                List.of("--server.port=0", "--addon.base-url=http://localhost:${local.server.port}",
                        "--atlassian.connect.public-key-base-url=" + KeyServer.get().baseUrl(),
                        "--icr.data-dir=" + data, "--icr.preview.enabled=false", "--logging.level.root=WARN"));
        args.addAll(List.of(more));
        return new SpringApplicationBuilder(Application.class).run(args.toArray(String[]::new));
    }

    /** Where the started app answers. */
    static String base(ConfigurableApplicationContext app) {
        return "http://localhost:" + app.getEnvironment().getProperty("local.server.port");
    }

}
