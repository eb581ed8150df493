package com.icr.tenant;

import static org.assertj.core.api.Assertions.assertThat;

import com.icr.support.AppTest;
import com.icr.support.ForgeSite;
import com.icr.support.HostSimulator;
import com.icr.support.HostSimulator.Response;
import com.icr.support.TestSites;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * {@code GET /api/people} and the pickers' searches as a page reaches them, each site
 * answered from its own Jira (the Jira stand-in knows the site's people, groups, projects
 * and components).
 */
@AppTest
class PeopleApiTest {

    private static final String MEMBER = "557058:member-mia";

    private static final String OLIVER = "557058:oliver-owner";

    private static final String OLGA = "557058:olga-orchard";

    @LocalServerPort
    int port;

    TestSites site;

    @BeforeEach
    void setUp() {
        site = TestSites.installed(new HostSimulator("http://localhost:" + port));
        site.jiraSite()
            .user(MEMBER, "Mia Member", "en_GB")
            .user(OLIVER, "Oliver Owner", "de_DE")
            .user(OLGA, "Olga Orchard", null)
            .inactiveUser("557058:olaf-inactive", "Olaf Inactive")
            .appUser("557058:ola-bot", "Ola Automation")
            .groups(OLIVER, "finance", "everyone")
            .groupNames("field-sales", "finance-approvers")
            .project("FIN", "Finance", "10010", "Invoices", "10011", "Budgets", "10012", "Payroll")
            .project("SAL", "Sales");
    }

    @Test
    void aPageGetsEveryPersonItShowsInOneCallToJira() {
        Response answer = site.as(MEMBER, "GET",
                "/api/people?accountId=" + OLIVER + "&accountId=557058:nobody-known&accountId=" + OLIVER
                        + "&accountId=former-user:0123456789abcdef0123456789abcdef",
                null);

        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        List<Map<String, Object>> people = answer.jsonList("people");
        assertThat(people).hasSize(3);
        assertThat(people.get(0)).containsEntry("accountId", OLIVER)
            .containsEntry("displayName", "Oliver Owner")
            .containsEntry("former", false)
            .containsKey("avatarUrl");
        assertThat(people.get(1)).containsEntry("accountId", "557058:nobody-known")
            .containsEntry("displayName", null)
            .containsEntry("avatarUrl", null)
            .containsEntry("former", true);
        assertThat(people.get(2)).containsEntry("former", true).containsEntry("displayName", null);
        assertThat(site.jiraSite().bulkUserCalls()).isEqualTo(1);

        site.as(MEMBER, "GET", "/api/people?accountId=" + OLIVER, null);
        assertThat(site.jiraSite().bulkUserCalls()).as("the next page load is answered from memory").isEqualTo(1);
    }

    @Test
    void badOrTooManyAccountIdsAreRefusedNamingTheField() {
        assertRejected(site.as(MEMBER, "GET", "/api/people?accountId=not%20an%20id", null), "accountId");
        String many = IntStream.range(0, 201).mapToObj(i -> "accountId=557058:p-" + i).collect(Collectors.joining("&"));
        assertRejected(site.as(MEMBER, "GET", "/api/people?" + many, null), "accountId");
        assertThat(site.jiraSite().bulkUserCalls()).isZero();
        assertThat(site.as(MEMBER, "GET", "/api/people", null).jsonList("people")).isEmpty();
    }

    @Test
    void theUserPickerFindsActivePeopleOnly() {
        Response answer = site.as(MEMBER, "GET", "/api/pickers/users?query=ol", null);

        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        assertThat(answer.jsonList("results")).extracting(r -> r.get("label"))
            .containsExactly("Olga Orchard", "Oliver Owner");
        assertThat(answer.jsonList("results").get(0)).containsEntry("id", OLGA).containsKey("avatarUrl");
        assertThat(site.jiraSite().calls()).anySatisfy(c -> assertThat(c).startsWith("GET /rest/api/3/user/search?")
            .contains("query=ol")
            .contains("maxResults=20"));

        assertThat(site.as(MEMBER, "GET", "/api/pickers/users", null).jsonList("results"))
            .extracting(r -> r.get("label"))
            .containsExactly("Mia Member", "Olga Orchard", "Oliver Owner");
    }

    @Test
    void thePickersFindGroupsProjectsAndAProjectsComponents() {
        assertThat(site.as(MEMBER, "GET", "/api/pickers/groups?query=fin", null).jsonList("results"))
            .extracting(r -> r.get("id"))
            .containsExactly("finance", "finance-approvers");
        assertThat(site.as(MEMBER, "GET", "/api/pickers/projects?query=sal", null).jsonList("results")).singleElement()
            .satisfies(p -> assertThat(p).containsEntry("id", "SAL").containsEntry("label", "Sales"));
        assertThat(site.as(MEMBER, "GET", "/api/pickers/components?project=FIN&query=b", null).jsonList("results"))
            .extracting(r -> r.get("id") + "=" + r.get("label"))
            .containsExactly("10011=Budgets");
        assertThat(site.as(MEMBER, "GET", "/api/pickers/components?project=FIN", null).jsonList("results")).hasSize(3);
        assertThat(site.as(MEMBER, "GET", "/api/pickers/components?project=NOPE", null).jsonList("results")).isEmpty();
    }

    @Test
    void aRepeatedSearchIsAnsweredFromMemory() {
        site.as(MEMBER, "GET", "/api/pickers/groups?query=sales", null);
        int searches = site.jiraSite().searches();

        assertThat(site.as(MEMBER, "GET", "/api/pickers/groups?query=sales", null).jsonList("results"))
            .extracting(r -> r.get("id"))
            .containsExactly("field-sales");
        assertThat(site.jiraSite().searches()).isEqualTo(searches);
    }

    @Test
    void badPickerInputIsRefusedNamingTheField() {
        assertRejected(site.as(MEMBER, "GET", "/api/pickers/users?query=" + "x".repeat(101), null), "query");
        assertRejected(site.as(MEMBER, "GET", "/api/pickers/groups?query=" + "x".repeat(101), null), "query");
        assertRejected(site.as(MEMBER, "GET", "/api/pickers/projects?query=" + "x".repeat(101), null), "query");
        assertRejected(site.as(MEMBER, "GET", "/api/pickers/components?project=fin", null), "project");
        assertRejected(site.as(MEMBER, "GET", "/api/pickers/components", null), "project");
        assertThat(site.jiraSite().searches()).isZero();
    }

    @Test
    void whenJiraCannotSearchThePickerSays503() {
        site.jiraSite().failWith(503);
        try {
            Response refused = site.as(MEMBER, "GET", "/api/pickers/projects?query=zz", null);

            assertThat(refused.status()).as(refused.body()).isEqualTo(503);
            assertThat(refused.json().get("message").toString()).contains("Jira");
        }
        finally {
            site.jiraSite().failWith(0);
        }
    }

    @Test
    void anotherSitesTokenReachesOnlyItsOwnJira() {
        TestSites other = TestSites.installed(site.host());

        assertThat(other.as(MEMBER, "GET", "/api/pickers/users?query=ol", null).jsonList("results")).isEmpty();
        assertThat(other.as(MEMBER, "GET", "/api/pickers/projects", null).jsonList("results")).isEmpty();
        assertThat(other.as(MEMBER, "GET", "/api/people?accountId=" + OLIVER, null).jsonList("people")).singleElement()
            .satisfies(p -> assertThat(p).containsEntry("former", true).containsEntry("displayName", null));
        assertThat(site.jiraSite().calls()).noneMatch(c -> c.contains("/user/") || c.contains("/project/"));
        assertThat(site.jiraSite().bulkUserCalls()).isZero();
    }

    @Test
    void aForgeSitesPagesGetTheirPeopleAndPickersFromItsJiraWithItsSystemToken() {
        ForgeSite forge = ForgeSite.installed(site.host());
        forge.jira().user(OLIVER, "Oliver of Forge", "de_DE").project("FRG", "Forge Project");

        Response people = forge.page(MEMBER, "GET", "/api/people?accountId=" + OLIVER, null);
        Response projects = forge.page(MEMBER, "GET", "/api/pickers/projects?query=forge", null);

        assertThat(people.status()).as(people.body()).isEqualTo(200);
        assertThat(people.jsonList("people")).singleElement()
            .satisfies(p -> assertThat(p).containsEntry("displayName", "Oliver of Forge"));
        assertThat(projects.jsonList("results")).extracting(r -> r.get("id")).containsExactly("FRG");
        assertThat(forge.jira().bulkUserCalls()).isEqualTo(1);
        assertThat(site.jiraSite().bulkUserCalls()).isZero();
    }

    @Test
    void aCallWithoutATokenReachesNothing() {
        assertThat(site.host().send("GET", "/api/people?accountId=" + OLIVER, null, null).status()).isEqualTo(401);
        assertThat(site.host().send("GET", "/api/pickers/users?query=ol", null, null).status()).isEqualTo(401);
    }

    private static void assertRejected(Response response, String field) {
        assertThat(response.status()).as(response.body()).isEqualTo(400);
        assertThat(response.json()).containsEntry("field", field);
    }

}
