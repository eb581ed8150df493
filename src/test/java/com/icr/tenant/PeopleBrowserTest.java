package com.icr.tenant;

import static org.assertj.core.api.Assertions.assertThat;

import com.icr.support.AppTest;
import com.icr.support.Browser;
import com.icr.support.Browser.Report;
import com.icr.support.Browser.Step;
import com.icr.support.BrowserHostPage;
import com.icr.support.HostSimulator;
import com.icr.support.TestSites;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.boot.web.server.LocalServerPort;

/**
 * A German-speaking administrator names a department's lead, group and project with the
 * pickers, by keyboard, searching the site's Jira (the stand-in knows its people's names,
 * avatars and locales): nobody types an id, the page speaks German and shows people by
 * name with their avatars, in both themes.
 */
@Tag("browser")
@AppTest
class PeopleBrowserTest {

    private static final String LENA = "557058:lena-leitner";

    private static final List<String> PROBES = List.of(".person img.avatar", "[role=option]", ".picker__chip",
            "#department-lead[aria-expanded=true]");

    @LocalServerPort
    int port;

    @Test
    void aGermanAdministratorChoosesPeopleGroupsAndProjectsWithPickersAndSeesNamesNotIds() {
        HostSimulator host = new HostSimulator("http://localhost:" + port);
        TestSites site = TestSites.installed(host);
        site.jiraSite()
            .user(TestSites.ADMIN, "Alex Adler", "de_DE")
            .user(LENA, "Lena Leitner", "de_DE")
            .user("557058:lars-lang", "Lars Lang", "de_DE")
            .groupNames("personal-team", "vertrieb-team")
            .project("HR", "Personalwesen", "10001", "Einstellungen");

        Report report = Browser.visit(
                BrowserHostPage.get()
                    .open(host, site.jira(), "icr-admin", "/pages/admin", TestSites.ADMIN, "100%", "de-DE"),
                "[data-ready=true]", "people-admin-de", List.of("light"), PROBES,
                List.of(Step.click("section.section .section__head .button--primary"),
                        Step.fill("input[name=name]", "Personal"), Step.type("#department-lead", "Len"),
                        Step.waitFor("[role=option]"), Step.snapshot("lead-search"),
                        Step.press("#department-lead", "ArrowDown"), Step.press("#department-lead", "Enter"),
                        Step.type("#department-groups", "person"),
                        Step.waitFor("#department-groups[aria-expanded=true]"),
                        Step.press("#department-groups", "ArrowDown"), Step.press("#department-groups", "Enter"),
                        Step.type("#department-projects", "Person"),
                        Step.waitFor("#department-projects[aria-expanded=true]"),
                        Step.press("#department-projects", "ArrowDown"), Step.press("#department-projects", "Enter"),
                        Step.snapshot("form-filled"), Step.click("form button[type=submit]"),
                        Step.waitFor("table.list .person img.avatar"), Step.snapshot("saved"), Step.theme("dark"),
                        Step.snapshot("saved-dark")));

        assertThat(report.error()).isNull();
        assertThat(report.pageErrors()).isEmpty();
        assertThat(report.consoleErrors()).isEmpty();
        assertThat(report.failedRequests()).isEmpty();
        assertThat(report.view("light").text()).contains("Abteilungen").doesNotContain("Departments");
        assertThat(report.step("lead-search").text()).contains("Lena Leitner").doesNotContain(LENA);
        assertThat(report.step("lead-search").count("[role=option]")).as("Jira's one person named Len…").isEqualTo(1);
        assertThat(report.step("form-filled").count(".picker__chip")).as("lead, group, project").isEqualTo(3);
        assertThat(report.step("saved").text()).contains("Personal", "Lena Leitner")
            .doesNotContain(LENA)
            .doesNotContain("557058:");
        assertThat(report.step("saved-dark").background()).isNotEqualTo(report.step("saved").background());

        // what the pickers chose is what the API stores: ids
        List<Object> departments = site.asAdmin("GET", "/api/departments", null).jsonList();
        assertThat(departments).singleElement().satisfies(saved -> {
            @SuppressWarnings("unchecked")
            Map<String, Object> department = (Map<String, Object>) saved;
            assertThat(department).containsEntry("name", "Personal").containsEntry("leadAccountId", LENA);
            assertThat(department.get("groups")).isEqualTo(List.of("personal-team"));
            assertThat(department.get("projects").toString()).contains("projectKey=HR");
        });
    }

}
