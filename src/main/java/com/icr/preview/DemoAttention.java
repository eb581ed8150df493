package com.icr.preview;

import com.icr.request.IssueEvent;
import com.icr.request.IssueSnapshot;
import com.icr.request.RequestManagement;
import com.icr.satisfaction.AnswerBody;
import com.icr.satisfaction.IssueSatisfaction;
import com.icr.satisfaction.SatisfactionCheckManagement;
import com.icr.tenant.TenantId;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * What the demo user's dashboard gadget "My internal customers" shows besides what the
 * demo issues and the demo quarter already give it (a request awaiting their yes or no,
 * its service target, two drafts to confirm, a review entry they own): a low rating with
 * a comment, given in the last days, on Marketing's leads for Sales, which the demo user
 * provides and sponsors. Seeded once, at the first start after {@link DemoData}.
 */
@Component
class DemoAttention {

    /** The request Sales rated low: resolved two days before the first start. */
    static final String ISSUE_ID = "30001";

    static final String ISSUE_KEY = "MKT-108";

    static final String COMMENT = "Half of the trade fair leads had no budget owner; we spent a week sorting them out.";

    private final RequestManagement requests;

    private final SatisfactionCheckManagement checks;

    private final DemoJira jira;

    private final Clock clock;

    DemoAttention(RequestManagement requests, SatisfactionCheckManagement checks, DemoJira jira, Clock clock) {
        this.requests = requests;
        this.checks = checks;
        this.jira = jira;
        this.clock = clock;
    }

    void seed(TenantId tenant, String user) {
        if (requests.find(tenant, ISSUE_ID).isPresent()) {
            return;
        }
        Instant now = clock.instant();
        Instant created = now.minus(Duration.ofDays(4));
        Instant resolved = now.minus(Duration.ofDays(2));
        IssueSnapshot snapshot = new IssueSnapshot(ISSUE_ID, ISSUE_KEY, "MKT", List.of(), DemoData.SAM_SALES, user,
                "done", created, resolved);
        IssueEvent event = IssueEvent.changed(resolved.toEpochMilli(),
                "preview:" + ISSUE_ID + ":" + resolved.toEpochMilli(), snapshot);
        String reporter = requests.reporterToLookUp(tenant, event).orElse(null);
        requests.apply(tenant, event, reporter, reporter == null ? null : jira.groupsOf(reporter));
        IssueSatisfaction.CheckView check = checks.viewOf(tenant, ISSUE_ID, DemoData.SAM_SALES).current();
        if (check != null && check.you().canAnswer()) {
            checks.answer(tenant, check.id(), DemoData.SAM_SALES, new AnswerBody(2, "partly", COMMENT));
        }
    }

}
