package com.icr.preview;

import com.icr.relationship.RelationshipManagement;
import com.icr.relationship.RelationshipView;
import com.icr.request.IssueEvent;
import com.icr.request.IssueSnapshot;
import com.icr.request.RequestManagement;
import com.icr.satisfaction.AnswerBody;
import com.icr.satisfaction.IssueSatisfaction;
import com.icr.satisfaction.QuestionnaireView;
import com.icr.satisfaction.SatisfactionCheckManagement;
import com.icr.tenant.TenantId;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The demo site's questionnaire override: HR serving IT asks 0 to 10 (counted as NPS) and
 * two extra questions, so the demo user's own request HR-8 asks it in the issue panel,
 * and three earlier HR requests of this quarter were answered on it (the matrix detail
 * and the review count them per question). Seeded once, before the demo issues open their
 * checks; later starts find the override and leave everything as it is.
 */
@Component
class DemoQuestionnaire {

    static final String CHANNEL = "mattered";

    static final String BETTER = "better";

    static final QuestionnaireView.Input OVERRIDE = new QuestionnaireView.Input("0-10",
            List.of(new QuestionnaireView.QuestionInput(CHANNEL, "What mattered most to you this time?", "choice",
                    List.of("Speed", "Quality of the candidates", "Keeping me informed"), true),
                    new QuestionnaireView.QuestionInput(BETTER, "What should HR do differently next time?", "text",
                            null, false)));

    /**
     * Answered requests: id, key, summary, hours ago resolved, rating, met, extra
     * answers.
     */
    private record Answered(String id, String key, String summary, int hoursAgo, int rating, String met,
            Map<String, String> answers) {
    }

    private static final List<Answered> ANSWERED = List.of(
            new Answered("20101", "HR-101", "Interview panel for the network engineer role", 30, 9, "yes",
                    Map.of(CHANNEL, "Quality of the candidates")),
            new Answered("20102", "HR-102", "Job ad for the service desk lead", 20, 10, "yes",
                    Map.of(CHANNEL, "Speed", BETTER, "Nothing: the ad was out the same day")),
            new Answered("20103", "HR-103", "Reference checks for the new database administrator", 10, 6, "partly",
                    Map.of(CHANNEL, "Keeping me informed", BETTER, "Tell me when a reference does not answer")));

    private final RelationshipManagement relationships;

    private final RequestManagement requests;

    private final SatisfactionCheckManagement checks;

    private final Clock clock;

    DemoQuestionnaire(RelationshipManagement relationships, RequestManagement requests,
            SatisfactionCheckManagement checks, Clock clock) {
        this.relationships = relationships;
        this.requests = requests;
        this.checks = checks;
        this.clock = clock;
    }

    void seed(TenantId tenant, String user) {
        RelationshipView hrServesIt = relationships.list(tenant)
            .stream()
            .filter(r -> r.provider().name().equals("HR") && r.customer().name().equals("IT"))
            .findFirst()
            .orElse(null);
        if (hrServesIt == null || checks.questionnaireOf(tenant, hrServesIt.id()).scope().equals("relationship")) {
            return;
        }
        checks.setQuestionnaire(tenant, hrServesIt.id(), OVERRIDE, user);
        Instant now = clock.instant();
        for (Answered answered : ANSWERED) {
            Instant resolved = now.minus(Duration.ofHours(answered.hoursAgo()));
            IssueSnapshot snapshot = new IssueSnapshot(answered.id(), answered.key(), "HR", List.of(), user,
                    DemoData.HANA_HR, "done", resolved.minus(Duration.ofDays(3)), resolved);
            requests.apply(tenant,
                    IssueEvent.changed(resolved.toEpochMilli(),
                            "preview:" + answered.id() + ":" + resolved.toEpochMilli(), snapshot),
                    user, DemoData.GROUPS.get(user));
            IssueSatisfaction.CheckView check = checks.viewOf(tenant, answered.id(), user).current();
            if (check != null && check.you().canAnswer()) {
                checks.answer(tenant, check.id(), user,
                        new AnswerBody(answered.rating(), answered.met(), null, answered.answers()));
            }
        }
    }

}
