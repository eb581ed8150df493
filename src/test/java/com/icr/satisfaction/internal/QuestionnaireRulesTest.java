package com.icr.satisfaction.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icr.core.InvalidInput;
import com.icr.satisfaction.Met;
import com.icr.satisfaction.QuestionnaireView.QuestionInput;
import com.icr.tenant.TenantId;
import java.time.Instant;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The questionnaire's rules, without a database. */
class QuestionnaireRulesTest {

    static final Questionnaire NPS = Questionnaire.of("0-10",
            List.of(new QuestionInput("channel", "How did you reach us?", "choice", List.of("Email", "Portal"), true),
                    new QuestionInput(null, "Again?", "yes-partly-no", null, false),
                    new QuestionInput(null, "Speed", "rating", null, false),
                    new QuestionInput(null, "Anything else?", "text", null, false)));

    @Test
    void questionsWithoutIdGetTheFirstFreeOnes() {
        Questionnaire q = Questionnaire.of("1-5", List.of(new QuestionInput(null, "A", "text", null, false),
                new QuestionInput("q1", "B", "text", null, false), new QuestionInput(null, "C", "text", null, true)));
        assertThat(q.questions()).extracting(Questionnaire.Question::id).containsExactly("q2", "q1", "q3");
        assertThat(NPS.questions()).extracting(Questionnaire.Question::id).containsExactly("channel", "q1", "q2", "q3");
    }

    @Test
    void eachMistakeNamesItsField() {
        assertField(() -> Questionnaire.of(null, List.of()), "scale");
        assertField(() -> Questionnaire.of("1-5",
                Collections.nCopies(6, new QuestionInput(null, "A", "text", null, false))), "questions");
        assertField(() -> Questionnaire.of("1-5", List.of(new QuestionInput("Bad Id", "A", "text", null, false))),
                "questions[0].id");
        assertField(() -> Questionnaire.of("1-5", List.of(new QuestionInput("a", "A", "text", null, false),
                new QuestionInput("a", "B", "text", null, false))), "questions[1].id");
        assertField(() -> Questionnaire.of("1-5", List.of(new QuestionInput(null, " ", "text", null, false))),
                "questions[0].label");
        assertField(() -> Questionnaire.of("1-5", List.of(new QuestionInput(null, "A", null, null, false))),
                "questions[0].kind");
        assertField(
                () -> Questionnaire.of("1-5",
                        List.of(new QuestionInput(null, "A", "choice", Collections.nCopies(11, "x"), false))),
                "questions[0].options");
        assertField(
                () -> Questionnaire.of("1-5",
                        List.of(new QuestionInput(null, "A", "choice", List.of("ok", "x".repeat(81)), false))),
                "questions[0].options[1]");
        assertField(
                () -> Questionnaire.of("1-5", List.of(new QuestionInput(null, "A", "choice", List.of("", "b"), false))),
                "questions[0].options[0]");
        // a choice's options are kept; other kinds drop what they were sent
        assertThat(Questionnaire.of("1-5", List.of(new QuestionInput(null, "A", "text", List.of("x"), false)))
            .questions()
            .get(0)
            .options()).isEmpty();
    }

    @Test
    void theRatingFitsTheScale() {
        assertThat(NPS.rating(0)).isZero();
        assertThat(NPS.rating(10)).isEqualTo(10);
        assertField(() -> NPS.rating(11), "rating");
        assertField(() -> NPS.rating(null), "rating");
        assertField(() -> Questionnaire.BUILT_IN.rating(0), "rating");
        assertThat(Questionnaire.BUILT_IN.rating(5)).isEqualTo(5);
    }

    @Test
    void extraAnswersAreCheckedWholeAndKeptInTheQuestionsOrder() {
        Map<String, String> given = new HashMap<>(
                Map.of("q3", " Keep it up ", "channel", "Portal", "q1", "PARTLY", "q2", "4"));
        assertThat(NPS.answers(given)).containsExactly(Map.entry("channel", "Portal"), Map.entry("q1", "partly"),
                Map.entry("q2", "4"), Map.entry("q3", "Keep it up"));
        assertField(() -> NPS.answers(Map.of()), "answers.channel");
        assertField(() -> NPS.answers(Map.of("channel", "Fax")), "answers.channel");
        assertField(() -> NPS.answers(Map.of("channel", "Email", "q1", "maybe")), "answers.q1");
        assertField(() -> NPS.answers(Map.of("channel", "Email", "q2", "0")), "answers.q2");
        assertField(() -> NPS.answers(Map.of("channel", "Email", "q3", "x".repeat(501))), "answers.q3");
        assertField(() -> NPS.answers(Map.of("channel", "Email", "other", "x")), "answers.other");
        assertThat(Questionnaire.BUILT_IN.answers(null)).isEmpty();
    }

    @Test
    void onZeroToTenDetractorsAreLowAndPromotersHigh() {
        TenantId site = new TenantId("00000000-0000-0000-0000-000000000001");
        Instant now = Instant.parse("2026-11-02T10:00:00Z");
        CheckAnswer detractor = new CheckAnswer(site, "a", Questionnaire.Scale.NPS_11, 6, Met.YES, "", Map.of(), now);
        CheckAnswer passive = new CheckAnswer(site, "a", Questionnaire.Scale.NPS_11, 8, Met.YES, "", Map.of(), now);
        CheckAnswer promoter = new CheckAnswer(site, "a", Questionnaire.Scale.NPS_11, 9, Met.PARTLY, "", Map.of(), now);
        assertThat(List.of(detractor.isLow(), passive.isLow(), promoter.isLow())).containsExactly(true, false, false);
        assertThat(List.of(detractor.isHigh(), passive.isHigh(), promoter.isHigh())).containsExactly(false, false,
                true);
        CheckAnswer three = new CheckAnswer(site, "a", Questionnaire.Scale.RATING_5, 3, Met.YES, "", Map.of(), now);
        assertThat(List.of(three.isLow(), three.isHigh())).containsExactly(false, false);
        assertThat(SatisfactionCounts.Nps.of(4, 2, 1).score()).isEqualTo(25.0);
        assertThat(SatisfactionCounts.Nps.of(0, 0, 0).score()).isNull();
    }

    private static void assertField(Runnable action, String field) {
        assertThatThrownBy(action::run).isInstanceOfSatisfying(InvalidInput.class,
                e -> assertThat(e.field()).isEqualTo(field));
    }

}
