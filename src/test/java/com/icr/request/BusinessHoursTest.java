package com.icr.request;

import static com.icr.request.IssueWebhookTest.asMap;
import static com.icr.request.RequestScenario.REPORTER;
import static org.assertj.core.api.Assertions.assertThat;

import com.icr.support.AppTest;
import com.icr.support.HostSimulator;
import com.icr.support.HostSimulator.Response;
import com.icr.support.JiraIssueJson;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Service targets in business hours, end to end: the relationship (first response 8 h,
 * resolution 72 h) gets a Berlin Monday-to-Friday 09:00–17:00 calendar with a holiday; a
 * request created on a Friday afternoon falls due after the weekend and the holiday, and
 * a request created before the calendar keeps its calendar-hour clock.
 */
@AppTest
class BusinessHoursTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    @LocalServerPort
    int port;

    @Test
    void aRequestRaisedOnFridayAfternoonFallsDueAfterTheWeekendAndTheHoliday() {
        RequestScenario scenario = new RequestScenario(new HostSimulator("http://localhost:" + port));
        JiraIssueJson before = scenario.newIssue();
        Instant beforeCreated = Instant.now().minusSeconds(3600).truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
        before.created(beforeCreated);

        // a Friday at least a week ahead, and the Monday after it a holiday
        LocalDate friday = LocalDate.now(BERLIN).plusDays(7).with(TemporalAdjusters.nextOrSame(DayOfWeek.FRIDAY));
        LocalDate holiday = friday.plusDays(3);
        Response set = scenario.site.asAdmin("PUT", "/api/relationships/" + scenario.relationshipId + "/calendar",
                Map.of("timeZone", "Europe/Berlin", "workingDays",
                        List.of("MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY"), "startsAt", "09:00", "endsAt",
                        "17:00", "holidays", List.of(holiday.toString())));
        assertThat(set.status()).as(set.body()).isEqualTo(200);

        JiraIssueJson friday16 = scenario.newIssue();
        Instant created = ZonedDateTime.of(friday, LocalTime.of(16, 0), BERLIN).toInstant();
        friday16.created(created);
        scenario.created(friday16);
        scenario.created(before);

        Map<String, Object> service = asMap(scenario.settled(REPORTER, friday16.id, "internal").get("service"));
        Map<String, Object> firstResponse = asMap(service.get("firstResponse"));
        // one hour on Friday, the weekend and Monday's holiday skipped, seven on Tuesday
        assertThat(Instant.parse((String) firstResponse.get("dueAt")))
            .isEqualTo(ZonedDateTime.of(friday.plusDays(4), LocalTime.of(16, 0), BERLIN).toInstant());
        assertThat(firstResponse).containsEntry("workingHours", true).containsEntry("state", "running");
        // 72 working hours: nine working days, the holiday week's Monday not among them
        assertThat(Instant.parse((String) asMap(service.get("resolution")).get("dueAt")))
            .isEqualTo(ZonedDateTime.of(friday.plusDays(14), LocalTime.of(16, 0), BERLIN).toInstant());

        // created before the relationship had a calendar: calendar hours, as it was
        Map<String, Object> old = asMap(
                asMap(scenario.settled(REPORTER, before.id, "internal").get("service")).get("firstResponse"));
        assertThat(old).containsEntry("workingHours", false);
        assertThat(Instant.parse((String) old.get("dueAt"))).isEqualTo(beforeCreated.plusSeconds(8 * 3600));
    }

    @Test
    void theMatrixCountsAResolutionAfterTheWeekendAndTheHolidayAsOnTarget() {
        RequestScenario scenario = new RequestScenario(new HostSimulator("http://localhost:" + port));
        LocalDate friday = LocalDate.now(BERLIN).plusDays(7).with(TemporalAdjusters.nextOrSame(DayOfWeek.FRIDAY));
        Response set = scenario.site.asAdmin("PUT", "/api/calendar",
                Map.of("timeZone", "Europe/Berlin", "workingDays",
                        List.of("MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY"), "startsAt", "09:00", "endsAt",
                        "17:00", "holidays", List.of(friday.plusDays(3).toString())));
        assertThat(set.status()).as(set.body()).isEqualTo(200);

        // Friday 16:00 to Tuesday 15:00: 95 hours on the wall clock, 7 working hours (the
        // site's
        // calendar: the relationship has none of its own)
        JiraIssueJson issue = scenario.newIssue();
        Instant resolved = ZonedDateTime.of(friday.plusDays(4), LocalTime.of(15, 0), BERLIN).toInstant();
        issue.created(ZonedDateTime.of(friday, LocalTime.of(16, 0), BERLIN).toInstant()).resolved(resolved);
        scenario.webhook(issue.webhook("jira:issue_updated", Instant.now().toEpochMilli()), "resolved-" + issue.id);
        Map<String, Object> service = asMap(scenario.settled(REPORTER, issue.id, "internal").get("service"));
        assertThat(asMap(service.get("resolution"))).containsEntry("state", "met").containsEntry("workingHours", true);
        assertThat(asMap(service.get("firstResponse"))).containsEntry("state", "met");

        LocalDate day = LocalDate.ofInstant(resolved, BERLIN);
        String quarter = day.getYear() + "-Q" + ((day.getMonthValue() - 1) / 3 + 1);
        Map<String, Object> cell = scenario.site.asAdmin("GET", "/api/matrix?metric=service&period=" + quarter, null)
            .jsonList("cells")
            .get(0);
        assertThat(cell).containsEntry("label", "100% on target (1 resolved)");
    }

    @Test
    void theClockPausesWhileTheRequestWaitsForItsCustomer() {
        RequestScenario scenario = new RequestScenario(new HostSimulator("http://localhost:" + port));
        LocalDate monday = LocalDate.now(BERLIN).plusDays(7).with(TemporalAdjusters.nextOrSame(DayOfWeek.MONDAY));
        Map<String, Object> calendar = Map.of("timeZone", "Europe/Berlin", "workingDays",
                List.of("MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY"), "startsAt", "09:00", "endsAt", "17:00",
                "holidays", List.of(), "pausedStatuses", List.of(" waiting for customer ", "10099"));
        String path = "/api/relationships/" + scenario.relationshipId + "/calendar";
        Response set = scenario.site.asAdmin("PUT", path, calendar);
        assertThat(set.status()).as(set.body()).isEqualTo(200);
        assertThat(set.json()).containsEntry("pausedStatuses", List.of("waiting for customer", "10099"));

        JiraIssueJson issue = scenario.newIssue();
        issue.created(ZonedDateTime.of(monday, LocalTime.of(9, 0), BERLIN).toInstant());
        scenario.created(issue);
        Instant unpausedDue = ZonedDateTime.of(monday.plusDays(10), LocalTime.of(17, 0), BERLIN).toInstant();
        assertThat(Instant.parse((String) resolution(scenario, issue).get("dueAt"))).isEqualTo(unpausedDue);

        // Monday 10:00 it waits for the customer: the clock stands
        Instant waits = ZonedDateTime.of(monday, LocalTime.of(10, 0), BERLIN).toInstant();
        issue.workflowStatus("10001", "Waiting for Customer", "indeterminate").updated(waits);
        scenario.webhook(issue.webhook("jira:issue_updated", waits.toEpochMilli()), "waits-" + issue.id);
        assertThat(eventually(scenario, issue, "paused")).containsEntry("workingHours", true);

        // Tuesday 10:00 work resumes: a working day (7 h on Monday, 1 h on Tuesday) was
        // the customer's, so the 72 working hours end a working day later
        Instant resumes = ZonedDateTime.of(monday.plusDays(1), LocalTime.of(10, 0), BERLIN).toInstant();
        issue.workflowStatus("3", "In Progress", "indeterminate").updated(resumes);
        scenario.webhook(issue.webhook("jira:issue_updated", resumes.toEpochMilli()), "resumes-" + issue.id);
        Map<String, Object> running = eventually(scenario, issue, "running");
        assertThat(Instant.parse((String) running.get("dueAt")))
            .isEqualTo(ZonedDateTime.of(monday.plusDays(11), LocalTime.of(17, 0), BERLIN).toInstant());
    }

    @Test
    void pausedStatusesAreValidatedNamingTheFieldAndChangeNothing() {
        RequestScenario scenario = new RequestScenario(new HostSimulator("http://localhost:" + port));
        String path = "/api/relationships/" + scenario.relationshipId + "/calendar";
        Map<String, Object> before = scenario.site.asAdmin("GET", path, null).json();
        for (List<String> wrong : List.of(List.of("Waiting", " "), java.util.Collections.nCopies(21, "x"),
                List.of("x".repeat(256)))) {
            Response refused = scenario.site.asAdmin("PUT", path, Map.of("timeZone", "Europe/Berlin", "workingDays",
                    List.of("MONDAY"), "startsAt", "09:00", "endsAt", "17:00", "pausedStatuses", wrong));
            assertThat(refused.status()).isEqualTo(400);
            assertThat(refused.body()).contains("\"pausedStatuses\"");
        }
        assertThat(scenario.site.asAdmin("GET", path, null).json()).isEqualTo(before);
    }

    private static Map<String, Object> resolution(RequestScenario scenario, JiraIssueJson issue) {
        return asMap(asMap(scenario.settled(REPORTER, issue.id, "internal").get("service")).get("resolution"));
    }

    private static Map<String, Object> eventually(RequestScenario scenario, JiraIssueJson issue, String state) {
        return com.icr.support.Eventually.await("the resolution clock " + state, () -> resolution(scenario, issue),
                clock -> state.equals(clock.get("state")));
    }

}
