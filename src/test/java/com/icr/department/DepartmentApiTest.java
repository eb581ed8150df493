package com.icr.department;

import static org.assertj.core.api.Assertions.assertThat;

import com.icr.support.AppTest;
import com.icr.support.HostSimulator;
import com.icr.support.HostSimulator.Response;
import com.icr.support.TestSites;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * {@code /api/departments} as Jira and Confluence users reach it, with Jira answering who
 * administers.
 */
@AppTest
class DepartmentApiTest {

    private static final String MEMBER = "557058:member-morgan";

    @LocalServerPort
    int port;

    TestSites site;

    @BeforeEach
    void setUp() {
        site = TestSites.installed(new HostSimulator("http://localhost:" + port));
    }

    @Test
    void tenParallelCreatesOfOneNameMakeOneDepartmentAndNineRefusalsNamingTheName() throws Exception {
        int parallel = 10;
        java.util.concurrent.ExecutorService senders = java.util.concurrent.Executors.newFixedThreadPool(parallel);
        java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
        List<java.util.concurrent.Future<Response>> sent = new java.util.ArrayList<>();
        try {
            for (int i = 0; i < parallel; i++) {
                String name = i % 2 == 0 ? "Legal" : "LEGAL";
                sent.add(senders.submit(() -> {
                    start.await();
                    return site.asAdmin("POST", "/api/departments", Map.of("name", name));
                }));
            }
            long began = System.nanoTime();
            start.countDown();
            List<Response> answers = new java.util.ArrayList<>();
            for (java.util.concurrent.Future<Response> answer : sent) {
                answers.add(answer.get(30, java.util.concurrent.TimeUnit.SECONDS));
            }

            assertThat(java.time.Duration.ofNanos(System.nanoTime() - began))
                .isLessThan(java.time.Duration.ofSeconds(10));
            assertThat(answers).filteredOn(a -> a.status() == 201).hasSize(1);
            assertThat(answers).filteredOn(a -> a.status() != 201)
                .hasSize(parallel - 1)
                .allSatisfy(a -> assertThat(a.json()).as(a.body())
                    .containsEntry("status", 400)
                    .containsEntry("field", "name"));
            assertThat(site.asAdmin("GET", "/api/departments", null).jsonList()).hasSize(1);
        }
        finally {
            senders.shutdownNow();
        }
    }

    @Test
    void anAdministratorCreatesUpdatesAndDeletesADepartment() {
        Response created = site.asAdmin("POST", "/api/departments",
                Map.of("name", "Marketing", "description", "Leads for sales", "projects",
                        List.of(Map.of("projectKey", "MKT"), Map.of("projectKey", "WEB", "componentId", "10001")),
                        "groups", List.of("marketing-team")));
        assertThat(created.status()).isEqualTo(201);
        String id = created.json().get("id").toString();
        assertThat(created.headers().firstValue("Location")).hasValue("/api/departments/" + id);

        Response updated = site.asAdmin("PUT", "/api/departments/" + id, Map.of("name", "Marketing & Brand"));
        assertThat(updated.status()).isEqualTo(200);
        assertThat(updated.json()).containsEntry("name", "Marketing & Brand").containsEntry("projects", List.of());

        assertThat(site.asAdmin("DELETE", "/api/departments/" + id, null).status()).isEqualTo(204);
        assertThat(site.asAdmin("GET", "/api/departments/" + id, null).status()).isEqualTo(404);
    }

    @Test
    void everyUserReadsButOnlyAdministratorsChange() {
        String id = create("Finance");

        assertThat(site.as(MEMBER, "GET", "/api/departments", null).body()).contains("Finance");
        assertThat(site.fromConfluence(MEMBER, "GET", "/api/departments/" + id, null).json()).containsEntry("name",
                "Finance");

        Response refused = site.as(MEMBER, "PUT", "/api/departments/" + id, Map.of("name", "Hijacked"));
        assertThat(refused.status()).isEqualTo(403);
        assertThat(site.as(MEMBER, "POST", "/api/departments", Map.of("name", "Shadow IT")).status()).isEqualTo(403);
        assertThat(site.as(MEMBER, "DELETE", "/api/departments/" + id, null).status()).isEqualTo(403);
        assertThat(site.asAdmin("GET", "/api/departments/" + id, null).json()).containsEntry("name", "Finance");
        assertThat(site.asAdmin("GET", "/api/departments", null).body()).doesNotContain("Shadow IT");
    }

    @Test
    void theAdministratorCheckIsAskedOfJiraAndRememberedForAMinute() {
        int before = site.jiraSite().permissionChecks();
        create("HR");
        create("IT");
        create("Legal");

        assertThat(site.jiraSite().permissionChecks() - before).isEqualTo(1);
        assertThat(site.asAdmin("GET", "/api/me", null).json()).containsEntry("administrator", true)
            .containsEntry("accountId", TestSites.ADMIN);
        assertThat(site.as(MEMBER, "GET", "/api/me", null).json()).containsEntry("administrator", false);
    }

    @Test
    void whenJiraCannotAnswerTheWriteIsRefusedWith503AndNothingWritten() {
        site.jiraSite().failWith(503);
        try {
            Response refused = site.as("557058:someone-new", "POST", "/api/departments", Map.of("name", "Procurement"));

            assertThat(refused.status()).isEqualTo(503);
            assertThat(refused.json().get("message").toString()).contains("Jira");
        }
        finally {
            site.jiraSite().failWith(0);
        }
        assertThat(site.asAdmin("GET", "/api/departments", null).body()).doesNotContain("Procurement");
    }

    @Test
    void badNamesAreRefusedNamingTheFieldAndNothingIsWritten() {
        create("Sales");

        assertRejected(site.asAdmin("POST", "/api/departments", Map.of("name", "  ")), "name");
        assertRejected(site.asAdmin("POST", "/api/departments", Map.of("name", "x".repeat(121))), "name");
        assertRejected(site.asAdmin("POST", "/api/departments", Map.of("name", "SALES")), "name");
        assertRejected(site.asAdmin("POST", "/api/departments",
                Map.of("name", "Ops", "projects", List.of(Map.of("projectKey", "not a key")))), "projects");
        assertRejected(site.asAdmin("POST", "/api/departments", "{\"name\": "), null);

        assertThat(site.asAdmin("GET", "/api/departments", null).body()).doesNotContain("Ops")
            .doesNotContain("xxxxxxxx");
    }

    @Test
    void markupInANameIsStoredAndReturnedAsText() {
        Response created = site.asAdmin("POST", "/api/departments", Map.of("name", "<img src=x onerror=alert(1)>"));

        assertThat(created.json()).containsEntry("name", "<img src=x onerror=alert(1)>");
    }

    @Test
    void anotherSitesTokensReachNothing() {
        String id = create("Customer Service");
        TestSites other = TestSites.installed(site.host());

        assertThat(other.asAdmin("GET", "/api/departments/" + id, null).status()).isEqualTo(404);
        assertThat(other.asAdmin("PUT", "/api/departments/" + id, Map.of("name", "Taken over")).status())
            .isEqualTo(404);
        assertThat(other.asAdmin("DELETE", "/api/departments/" + id, null).status()).isEqualTo(404);
        assertThat(other.asAdmin("GET", "/api/departments", null).body()).doesNotContain("Customer Service");
        assertThat(site.asAdmin("GET", "/api/departments/" + id, null).json()).containsEntry("name",
                "Customer Service");
    }

    private String create(String name) {
        Response created = site.asAdmin("POST", "/api/departments", Map.of("name", name));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().get("id").toString();
    }

    private static void assertRejected(Response response, String field) {
        assertThat(response.status()).as(response.body()).isEqualTo(400);
        if (field != null) {
            assertThat(response.json()).containsEntry("field", field);
            assertThat(response.json().get("message").toString()).startsWith(field + ":");
        }
    }

}
