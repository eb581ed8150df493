package com.icr.satisfaction.internal;

import com.icr.core.AccountId;
import com.icr.core.Period;
import com.icr.core.SpreadsheetCells;
import com.icr.relationship.MatrixFigures.Pair;
import com.icr.satisfaction.QuestionnaireView;
import com.icr.tenant.People;
import com.icr.tenant.Person;
import com.icr.tenant.TenantId;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A relationship's answers for a quarter, per questionnaire version: the main rating on
 * that version's scale (an average of 1 to 5, or an NPS; never the two mixed), and each
 * extra question's figures. And the same answers as CSV, one row per answer.
 */
@Component
class QuestionnaireFigures {

    private final CheckRepository checks;

    private final Questionnaires questionnaires;

    private final People people;

    QuestionnaireFigures(CheckRepository checks, Questionnaires questionnaires, People people) {
        this.checks = checks;
        this.questionnaires = questionnaires;
        this.people = people;
    }

    @Schema(name = "QuestionnaireFigures")
    record Figures(String relationshipId, String period, List<VersionFigures> versions) {
    }

    @Schema(name = "QuestionnaireVersionFigures")
    record VersionFigures(QuestionnaireView questionnaire, int answers,
            @Schema(nullable = true, description = "On the 1 to 5 scale") Double averageRating,
            @Schema(nullable = true, description = "On the 0 to 10 scale") SatisfactionCounts.Nps nps,
            List<QuestionFigures> questions) {
    }

    @Schema(name = "QuestionFigures")
    record QuestionFigures(String id, String label, String kind, int answered,
            @Schema(nullable = true, description = "A rating question's average, 1 to 5") Double average,
            @Schema(description = "yes/partly/no, or each option of a choice, with how many gave it") Map<String, Integer> counts) {
    }

    private record Row(SatisfactionCheck check, CheckAnswer answer) {
    }

    @Transactional(readOnly = true)
    public Figures figures(TenantId tenantId, String relationshipId, Pair pair, Period period) {
        Map<String, List<CheckAnswer>> byVersion = new LinkedHashMap<>();
        for (Row row : rows(tenantId, pair, period, id -> true)) {
            byVersion.computeIfAbsent(Objects.toString(row.check().questionnaireId(), ""), v -> new ArrayList<>())
                .add(row.answer());
        }
        List<VersionFigures> versions = new ArrayList<>();
        byVersion.forEach((versionId, answers) -> {
            String id = versionId.isEmpty() ? null : versionId;
            Questionnaire questionnaire = questionnaires.of(tenantId, id);
            versions.add(figures(questionnaires.viewOf(tenantId, id), questionnaire, answers));
        });
        versions.sort(Comparator.comparing((VersionFigures v) -> v.questionnaire().scope())
            .thenComparing(v -> v.questionnaire().number()));
        return new Figures(relationshipId, period.key(), versions);
    }

    static VersionFigures figures(QuestionnaireView view, Questionnaire questionnaire, List<CheckAnswer> answers) {
        // the answers' own scale, which is the version's: a version never changes
        List<CheckAnswer> fivePoint = answers.stream().filter(a -> a.scale() == Questionnaire.Scale.RATING_5).toList();
        List<CheckAnswer> nps = answers.stream().filter(a -> a.scale() == Questionnaire.Scale.NPS_11).toList();
        Double average = fivePoint.isEmpty() ? null
                : fivePoint.stream().mapToInt(CheckAnswer::rating).average().orElse(0);
        SatisfactionCounts.Nps score = nps.isEmpty() ? null
                : SatisfactionCounts.Nps.of(nps.size(), (int) nps.stream().filter(a -> a.rating() >= 9).count(),
                        (int) nps.stream().filter(a -> a.rating() <= 6).count());
        List<QuestionFigures> questions = new ArrayList<>();
        for (Questionnaire.Question q : questionnaire.questions()) {
            List<String> given = answers.stream().map(a -> a.extra().get(q.id())).filter(Objects::nonNull).toList();
            Map<String, Integer> counts = new LinkedHashMap<>();
            List<String> keys = switch (q.kind()) {
                case YES_PARTLY_NO -> List.of("yes", "partly", "no");
                case CHOICE -> q.options();
                case RATING -> List.of("1", "2", "3", "4", "5");
                case TEXT -> List.of();
            };
            keys.forEach(k -> counts.put(k, (int) given.stream().filter(k::equals).count()));
            Double questionAverage = q.kind() != Questionnaire.Kind.RATING || given.isEmpty() ? null
                    : given.stream().mapToInt(Integer::parseInt).average().orElse(0);
            questions
                .add(new QuestionFigures(q.id(), q.label(), q.kind().key(), given.size(), questionAverage, counts));
        }
        return new VersionFigures(view, answers.size(), average, score, questions);
    }

    /**
     * The answers as CSV, one row per answer: those of issues {@code mayRead} lets
     * through. A column per extra question of every version that was answered (its id;
     * the header names the version's number).
     */
    @Transactional(readOnly = true)
    public String csv(TenantId tenantId, Pair pair, Period period, Predicate<String> mayRead) {
        List<Row> rows = rows(tenantId, pair, period, mayRead);
        Map<String, Questionnaire> versions = new LinkedHashMap<>();
        Map<String, QuestionnaireView> views = new LinkedHashMap<>();
        Set<String> questionIds = new LinkedHashSet<>();
        for (Row row : rows) {
            String id = Objects.toString(row.check().questionnaireId(), "");
            if (!versions.containsKey(id)) {
                Questionnaire questionnaire = questionnaires.of(tenantId, id.isEmpty() ? null : id);
                versions.put(id, questionnaire);
                views.put(id, questionnaires.viewOf(tenantId, id.isEmpty() ? null : id));
                questionnaire.questions().forEach(q -> questionIds.add(q.id()));
            }
        }
        Set<AccountId> accounts = new LinkedHashSet<>();
        rows.forEach(r -> accounts.add(new AccountId(r.answer().accountId())));
        Map<AccountId, Person> named = accounts.isEmpty() ? Map.of() : people.of(tenantId, accounts);
        List<String> header = new ArrayList<>(List.of("issue_key", "questionnaire", "questionnaire_version", "scale",
                "rating", "met", "comment", "account_id", "account_name", "answered_at"));
        questionIds.forEach(id -> header.add("question_" + id));
        List<List<String>> table = new ArrayList<>();
        for (Row row : rows) {
            String versionId = Objects.toString(row.check().questionnaireId(), "");
            QuestionnaireView view = views.get(versionId);
            CheckAnswer answer = row.answer();
            Person person = named.get(new AccountId(answer.accountId()));
            List<String> cells = new ArrayList<>(List.of(Objects.toString(row.check().issueKey(), ""), view.scope(),
                    String.valueOf(view.number()), answer.scale().key(), String.valueOf(answer.rating()),
                    answer.met().key(), Objects.toString(answer.comment(), ""), answer.accountId(),
                    person == null || person.displayName() == null ? "" : person.displayName(),
                    answer.answeredAt().toString()));
            questionIds.forEach(id -> cells.add(answer.extra().getOrDefault(id, "")));
            table.add(cells);
        }
        return SpreadsheetCells.table(header, table);
    }

    private List<Row> rows(TenantId tenantId, Pair pair, Period period, Predicate<String> mayRead) {
        List<Row> rows = new ArrayList<>();
        for (SatisfactionCheck check : checks.counted(tenantId, pair.providerId(), pair.customerId(), period.start(),
                period.end())) {
            if (!mayRead.test(check.issueId())) {
                continue;
            }
            check.answers()
                .stream()
                .sorted(Comparator.comparing(CheckAnswer::answeredAt))
                .forEach(a -> rows.add(new Row(check, a)));
        }
        return rows;
    }

    /**
     * The issues of a relationship's counted checks, to ask once which the reader may
     * browse.
     */
    @Transactional(readOnly = true)
    public Set<String> issues(TenantId tenantId, Pair pair, Period period) {
        Set<String> issues = new LinkedHashSet<>();
        checks.counted(tenantId, pair.providerId(), pair.customerId(), period.start(), period.end())
            .forEach(c -> issues.add(c.issueId()));
        return issues;
    }

}
