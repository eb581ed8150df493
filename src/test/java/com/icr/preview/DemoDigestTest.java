package com.icr.preview;

import static org.assertj.core.api.Assertions.assertThat;

import com.icr.support.AppTest;
import com.icr.support.Eventually;
import com.icr.support.HostSimulator;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The preview's demo site publishes its executive digest at start-up into the demo
 * Confluence space; {@code /preview/digest} shows the pages as the sponsor reads them.
 */
@AppTest
class DemoDigestTest {

    @LocalServerPort
    int port;

    @Test
    void theDemoSitesDigestPagesAreInTheDemoSpaceWithEverySection() throws java.io.IOException {
        HostSimulator host = new HostSimulator("http://localhost:" + port);
        String page = Eventually.await("the demo digest written", () -> host.get("/preview/digest", null).body(),
                body -> body.contains("<article"));

        assertThat(page).contains("<h1>Internal customer digest</h1>", "Leadership (demo)", "New noes (",
                "Low ratings (", "Missed service targets (", "New frustrations and suggestions (", "Thanks given (",
                "Executive sponsor: ", "Version ", "watched by ");
        assertThat(page).doesNotContain("<script");
        // kept for a look (target/screenshots), as the other pages' screenshots are
        java.nio.file.Path out = java.nio.file.Path.of("target", "screenshots", "demo-digest.html");
        java.nio.file.Files.createDirectories(out.getParent());
        java.nio.file.Files.writeString(out, page);
    }

}
