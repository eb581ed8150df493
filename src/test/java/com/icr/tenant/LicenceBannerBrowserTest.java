package com.icr.tenant;

import static org.assertj.core.api.Assertions.assertThat;

import com.icr.support.AppTest;
import com.icr.support.Browser;
import com.icr.support.Browser.Report;
import com.icr.support.BrowserHostPage;
import com.icr.support.HostSimulator;
import com.icr.support.TestSites;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.boot.web.server.LocalServerPort;

/**
 * What a site whose licence Jira reports inactive sees: the page still reads, and says so
 * above everything, in both themes.
 */
@Tag("browser")
@AppTest
class LicenceBannerBrowserTest {

    @LocalServerPort
    int port;

    @Test
    void anInactiveSitesPageReadsAndSaysTheLicenceIsNotActive() {
        HostSimulator host = new HostSimulator("http://localhost:" + port);
        TestSites site = TestSites.installed(host);
        site.jiraSite().licence(false, false);

        Report report = Browser.visit(
                BrowserHostPage.get().open(host, site.jira(), "relationship-matrix", "/pages/relationship-matrix"),
                "[data-ready=true]", "licence-inactive-matrix", List.of("light", "dark"), null);

        assertThat(report.error()).isNull();
        assertThat(report.pageErrors()).isEmpty();
        assertThat(report.view("light").text())
            .contains("The licence for Internal Customer Relationships is not active on this site")
            .contains("Relationship matrix");
        assertThat(report.view("dark").background()).isNotEqualTo(report.view("light").background());
    }

}
