package com.icr.satisfaction;

import static org.assertj.core.api.Assertions.assertThat;

import com.icr.request.RequestScenario;
import com.icr.support.Eventually;
import com.icr.support.FakeJira;
import com.icr.support.HostSimulator;
import com.icr.support.HostSimulator.Response;
import com.icr.support.JiraIssueJson;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;

/**
 * The request scenario (Finance serves Sales, FIN issues reported by Rita of Sales,
 * assigned to Alan of Finance) with the lifecycle of an issue as Jira's webhooks tell it:
 * resolved, reopened, deleted.
 */
public final class CheckScenario {

    private static final AtomicInteger DELIVERIES = new AtomicInteger();

    public final RequestScenario requests;

    public CheckScenario(HostSimulator host) {
        requests = new RequestScenario(host);
    }

    public JiraIssueJson createdIssue() {
        JiraIssueJson issue = requests.newIssue();
        assertThat(requests.created(issue).status()).isEqualTo(204);
        return issue;
    }

    /**
     * The body of the webhook that resolves the issue at {@code at}; the fake Jira's
     * issue follows.
     */
    public Map<String, Object> resolvedBody(JiraIssueJson issue, Instant at) {
        issue.resolved(at).updated(at);
        requests.site.jiraSite().issue(issue);
        return issue.webhook("jira:issue_updated", at.toEpochMilli());
    }

    Map<String, Object> reopenedBody(JiraIssueJson issue, Instant at) {
        issue.resolved(null).status("indeterminate").updated(at);
        requests.site.jiraSite().issue(issue);
        return issue.webhook("jira:issue_updated", at.toEpochMilli());
    }

    Map<String, Object> deletedBody(JiraIssueJson issue, Instant at) {
        return issue.webhook("jira:issue_deleted", at.toEpochMilli());
    }

    public Response deliver(Map<String, Object> body) {
        Response answer = requests.webhook(body, "delivery-" + DELIVERIES.incrementAndGet() + "-" + System.nanoTime());
        assertThat(answer.status()).as(answer.body()).isEqualTo(204);
        return answer;
    }

    public Response satisfaction(String accountId, String issueId) {
        return requests.site.as(accountId, "GET", "/api/requests/" + issueId + "/satisfaction", null);
    }

    /** The issue's checks, once they satisfy {@code done}. */
    Map<String, Object> awaitChecks(String accountId, String issueId, String what,
            Predicate<List<Map<String, Object>>> done) {
        return Eventually
            .await(what, () -> satisfaction(accountId, issueId),
                    r -> r.status() == 200 && done.test(r.jsonList("history")))
            .json();
    }

    public Map<String, Object> awaitCurrent(String issueId, String state) {
        Map<String, Object> view = awaitChecks(RequestScenario.REPORTER, issueId, "a " + state + " check",
                h -> h.stream().anyMatch(c -> state.equals(c.get("state"))));
        return asMap(view.get("current"));
    }

    public Response answer(String accountId, String checkId, Object body) {
        return requests.site.as(accountId, "PUT", "/api/satisfaction/checks/" + checkId + "/answer", body);
    }

    List<FakeJira.Notification> notificationsAbout(String issueId) {
        return requests.site.jiraSite().notifications().stream().filter(n -> n.issueId().equals(issueId)).toList();
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> asMap(Object value) {
        return (Map<String, Object>) value;
    }

    @SuppressWarnings("unchecked")
    List<Map<String, Object>> asMapList(Object value) {
        return (List<Map<String, Object>>) value;
    }

    static List<String> states(List<Map<String, Object>> history) {
        return history.stream().map(c -> (String) c.get("state")).sorted().toList();
    }

}
