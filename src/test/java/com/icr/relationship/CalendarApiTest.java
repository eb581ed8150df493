package com.icr.relationship;

import static org.assertj.core.api.Assertions.assertThat;

import com.icr.support.AppTest;
import com.icr.support.HostSimulator;
import com.icr.support.HostSimulator.Response;
import com.icr.support.TestSites;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Working calendars through {@code /api/calendar} and
 * {@code /api/relationships/{id}/calendar}: the standard one until the site sets its own,
 * a relationship's own over the site's, set by administrators only, refused naming the
 * field.
 */
@AppTest
class CalendarApiTest {

    private static final String BYSTANDER = "557058:bo-bystander";

    @LocalServerPort
    int port;

    TestSites site;

    String relationship;

    @BeforeEach
    void setUp() {
        site = TestSites.installed(new HostSimulator("http://localhost:" + port));
        String marketing = site.asAdmin("POST", "/api/departments", Map.of("name", "Marketing"))
            .json()
            .get("id")
            .toString();
        String sales = site.asAdmin("POST", "/api/departments", Map.of("name", "Sales")).json().get("id").toString();
        Map<String, Object> request = new HashMap<>();
        request.put("providerId", marketing);
        request.put("customerId", sales);
        request.put("expectations", "Leads");
        Response created = site.asAdmin("POST", "/api/relationships", request);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        relationship = created.json().get("id").toString();
    }

    @Test
    void aRelationshipTakesTheSitesCalendarUntilItHasItsOwn() {
        Map<String, Object> standard = site
            .as(BYSTANDER, "GET", "/api/relationships/" + relationship + "/calendar", null)
            .json();
        assertThat(standard).containsEntry("source", "standard")
            .containsEntry("timeZone", "UTC")
            .containsEntry("startsAt", "09:00")
            .containsEntry("endsAt", "17:00")
            .containsEntry("since", null)
            .containsEntry("workingDays", List.of("MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY"));

        Response siteSet = site.asAdmin("PUT", "/api/calendar",
                calendar("Europe/Berlin", List.of("MONDAY", "TUESDAY"), "08:00", "16:30", List.of("2027-01-01")));
        assertThat(siteSet.status()).as(siteSet.body()).isEqualTo(200);
        assertThat(siteSet.json()).containsEntry("source", "site").containsEntry("endsAt", "16:30");
        assertThat(siteSet.json().get("since")).isNotNull();
        assertThat(site.asAdmin("GET", "/api/relationships/" + relationship + "/calendar", null).json())
            .containsEntry("source", "site")
            .containsEntry("timeZone", "Europe/Berlin")
            .containsEntry("holidays", List.of("2027-01-01"));

        Response own = site.asAdmin("PUT", "/api/relationships/" + relationship + "/calendar",
                calendar("America/New_York", List.of("FRIDAY", "MONDAY"), "10:00", "18:00", List.of()));
        assertThat(own.status()).as(own.body()).isEqualTo(200);
        Map<String, Object> read = site.as(BYSTANDER, "GET", "/api/relationships/" + relationship + "/calendar", null)
            .json();
        assertThat(read).containsEntry("source", "relationship")
            .containsEntry("timeZone", "America/New_York")
            .containsEntry("workingDays", List.of("MONDAY", "FRIDAY"))
            .containsEntry("holidays", List.of());
        assertThat(site.as(BYSTANDER, "GET", "/api/calendar", null).json()).containsEntry("timeZone", "Europe/Berlin");
    }

    @Test
    void onlyAdministratorsSetCalendarsAndAnotherSiteSeesNone() {
        Map<String, Object> body = calendar("UTC", List.of("MONDAY"), "09:00", "17:00", List.of());
        Response refused = site.as(BYSTANDER, "PUT", "/api/relationships/" + relationship + "/calendar", body);
        assertThat(refused.status()).isEqualTo(403);
        assertThat((String) refused.json().get("message"))
            .contains("Only Jira administrators may set working calendars");
        assertThat(site.as(BYSTANDER, "PUT", "/api/calendar", body).status()).isEqualTo(403);
        assertThat(site.asAdmin("GET", "/api/calendar", null).json()).containsEntry("source", "standard");

        TestSites other = TestSites.installed(site.host());
        assertThat(other.asAdmin("GET", "/api/relationships/" + relationship + "/calendar", null).status())
            .isEqualTo(404);
        assertThat(other.asAdmin("PUT", "/api/relationships/" + relationship + "/calendar", body).status())
            .isEqualTo(404);
        other.asAdmin("PUT", "/api/calendar", calendar("Asia/Tokyo", List.of("MONDAY"), "09:00", "17:00", List.of()));
        assertThat(site.asAdmin("GET", "/api/calendar", null).json()).containsEntry("source", "standard");
    }

    @Test
    void aCalendarNobodyCouldWorkToIsRefusedNamingTheField() {
        String path = "/api/relationships/" + relationship + "/calendar";
        assertField(site.asAdmin("PUT", path, calendar("Mars/Olympus", List.of("MONDAY"), "09:00", "17:00", List.of())),
                "timeZone", "is not a time zone");
        assertField(site.asAdmin("PUT", path, calendar("UTC", List.of(), "09:00", "17:00", List.of())), "workingDays",
                "at least one working day");
        assertField(site.asAdmin("PUT", path, calendar("UTC", List.of("MONDAY"), "17:00", "09:00", List.of())),
                "endsAt", "must be after the start");
        assertField(
                site.asAdmin("PUT", path, calendar("UTC", List.of("MONDAY"), "09:00", "17:00", List.of("31.12.2027"))),
                "holidays", "is not a date");
        assertField(
                site.asAdmin("PUT", "/api/calendar",
                        calendar("UTC", List.of("MONDAY"), "09:00", "17:00", Collections.nCopies(101, "2027-01-01"))),
                "holidays", "at most 100 holidays");
        assertThat(site.asAdmin("GET", path, null).json()).containsEntry("source", "standard");
    }

    private static Map<String, Object> calendar(String zone, List<String> days, String start, String end,
            List<String> holidays) {
        return Map.of("timeZone", zone, "workingDays", days, "startsAt", start, "endsAt", end, "holidays", holidays);
    }

    private static void assertField(Response response, String field, String message) {
        assertThat(response.status()).as(response.body()).isEqualTo(400);
        assertThat(response.json()).containsEntry("field", field);
        assertThat((String) response.json().get("message")).contains(message);
    }

}
