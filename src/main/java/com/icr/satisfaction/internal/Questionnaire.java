package com.icr.satisfaction.internal;

import com.icr.core.InvalidInput;
import com.icr.satisfaction.QuestionnaireView;
import com.icr.satisfaction.QuestionnaireView.QuestionInput;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What a satisfaction check asks: the main rating on its scale (1 to 5, or 0 to 10
 * counted as NPS), whether the expectation was met, a comment, and up to five extra
 * questions. Built only from checked input: {@link #of} names the field of the first
 * mistake.
 */
record Questionnaire(Scale scale, List<Question> questions) {

    static final int MAX_QUESTIONS = 5;

    static final int MAX_LABEL = 200;

    static final int MAX_OPTION = 80;

    static final int MIN_OPTIONS = 2;

    static final int MAX_OPTIONS = 10;

    static final int MAX_TEXT = 500;

    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]{0,39}");

    /** The questionnaire of a site that never saved one, and of checks opened before. */
    static final Questionnaire BUILT_IN = new Questionnaire(Scale.RATING_5, List.of());

    /** The main rating's scale; an extra rating question is always 1 to 5. */
    enum Scale {

        RATING_5("1-5", 1, 5), NPS_11("0-10", 0, 10);

        private final String key;

        private final int min;

        private final int max;

        Scale(String key, int min, int max) {
            this.key = key;
            this.min = min;
            this.max = max;
        }

        String key() {
            return key;
        }

        int min() {
            return min;
        }

        int max() {
            return max;
        }

        /**
         * A low answer tells the provider-side owner: 1 or 2, or a detractor's 0 to 6.
         */
        boolean isLow(int rating) {
            return this == NPS_11 ? rating <= 6 : rating <= 2;
        }

        /** A high answer offers a thank-you: 4 or 5, or a promoter's 9 or 10. */
        boolean isHigh(int rating) {
            return this == NPS_11 ? rating >= 9 : rating >= 4;
        }

        static Scale parse(String field, String value) {
            for (Scale scale : values()) {
                if (scale.key.equals(value) || scale.name().equals(value)) {
                    return scale;
                }
            }
            throw new InvalidInput(field, "input.questionnaire-scale");
        }

    }

    enum Kind {

        RATING("rating"), YES_PARTLY_NO("yes-partly-no"), CHOICE("choice"), TEXT("text");

        private final String key;

        Kind(String key) {
            this.key = key;
        }

        String key() {
            return key;
        }

        static Kind parse(String field, String value) {
            for (Kind kind : values()) {
                if (kind.key.equals(value) || kind.name().equals(value)) {
                    return kind;
                }
            }
            throw new InvalidInput(field, "input.question-kind");
        }

    }

    record Question(String id, String label, Kind kind, List<String> options, boolean required) {

        /**
         * A person's answer to this question, as stored (trimmed); null when left out.
         * @param field the answer's field, for the error
         */
        String answer(String field, String value) {
            String given = value == null ? "" : value.strip();
            if (given.isEmpty()) {
                if (required) {
                    throw new InvalidInput(field, "input.answer-required-question");
                }
                return null;
            }
            switch (kind) {
                case RATING -> {
                    if (!given.matches("[1-5]")) {
                        throw new InvalidInput(field, "input.rating-range");
                    }
                }
                case YES_PARTLY_NO -> {
                    given = given.toLowerCase(Locale.ROOT);
                    if (!List.of("yes", "partly", "no").contains(given)) {
                        throw new InvalidInput(field, "input.met");
                    }
                }
                case CHOICE -> {
                    if (!options.contains(given)) {
                        throw new InvalidInput(field, "input.answer-choice");
                    }
                }
                case TEXT -> {
                    if (given.length() > MAX_TEXT) {
                        throw new InvalidInput(field, "input.too-long", MAX_TEXT);
                    }
                }
            }
            return given;
        }

    }

    /**
     * The questionnaire the input describes, checked whole: the first mistake names its
     * field ({@code scale}, {@code questions}, {@code questions[2].options}). A question
     * without id gets one ({@code q1}, {@code q2}, ... not taken yet).
     */
    static Questionnaire of(String scale, List<QuestionInput> input) {
        Scale parsed = Scale.parse("scale", scale);
        List<QuestionInput> given = input == null ? List.of() : input;
        if (given.size() > MAX_QUESTIONS) {
            throw new InvalidInput("questions", "input.questionnaire-too-many", MAX_QUESTIONS);
        }
        Set<String> ids = new HashSet<>();
        given.stream().filter(Objects::nonNull).map(QuestionInput::id).filter(Objects::nonNull).forEach(ids::add);
        List<Question> questions = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < given.size(); i++) {
            String field = "questions[" + i + "]";
            QuestionInput q = given.get(i);
            if (q == null) {
                throw new InvalidInput(field + ".label", "input.question-label-required");
            }
            String id = q.id() == null || q.id().isBlank() ? null : q.id().strip();
            if (id == null) {
                int n = 1;
                while (ids.contains("q" + n)) {
                    n++;
                }
                id = "q" + n;
                ids.add(id);
            }
            else if (!ID.matcher(id).matches()) {
                throw new InvalidInput(field + ".id", "input.question-id");
            }
            if (!seen.add(id)) {
                throw new InvalidInput(field + ".id", "input.question-id-taken");
            }
            String label = q.label() == null ? "" : q.label().strip();
            if (label.isEmpty()) {
                throw new InvalidInput(field + ".label", "input.question-label-required");
            }
            if (label.length() > MAX_LABEL) {
                throw new InvalidInput(field + ".label", "input.too-long", MAX_LABEL);
            }
            Kind kind = Kind.parse(field + ".kind", q.kind());
            List<String> options = List.of();
            if (kind == Kind.CHOICE) {
                List<String> raw = q.options() == null ? List.of() : q.options();
                options = raw.stream().map(o -> o == null ? "" : o.strip()).toList();
                if (options.size() < MIN_OPTIONS || options.size() > MAX_OPTIONS) {
                    throw new InvalidInput(field + ".options", "input.question-options-count", MIN_OPTIONS,
                            MAX_OPTIONS);
                }
                for (int o = 0; o < options.size(); o++) {
                    String option = options.get(o);
                    if (option.isEmpty()) {
                        throw new InvalidInput(field + ".options[" + o + "]", "input.question-option-required");
                    }
                    if (option.length() > MAX_OPTION) {
                        throw new InvalidInput(field + ".options[" + o + "]", "input.too-long", MAX_OPTION);
                    }
                    if (options.indexOf(option) != o) {
                        throw new InvalidInput(field + ".options[" + o + "]", "input.question-option-twice");
                    }
                }
            }
            questions.add(new Question(id, label, kind, options, Boolean.TRUE.equals(q.required())));
        }
        return new Questionnaire(parsed, List.copyOf(questions));
    }

    /** As everyone reads it. */
    QuestionnaireView view(String id, int number, String scope, boolean inherited, String createdBy,
            java.time.Instant createdAt) {
        return new QuestionnaireView(id, number, scope, inherited, scale.key(), questions.stream()
            .map(q -> new QuestionnaireView.Question(q.id(), q.label(), q.kind().key(), q.options(), q.required()))
            .toList(), createdBy, createdAt);
    }

    /** The main rating, checked against this questionnaire's scale. */
    int rating(Integer value) {
        if (value == null) {
            throw new InvalidInput("rating",
                    scale == Scale.NPS_11 ? "input.rating-required-nps" : "input.rating-required-whole");
        }
        if (value < scale.min() || value > scale.max()) {
            throw new InvalidInput("rating", scale == Scale.NPS_11 ? "input.rating-range-nps" : "input.rating-range");
        }
        return value;
    }

    /**
     * The extra answers as stored, in the questions' order, checked whole: required ones
     * given, each fitting its kind, nothing for a question that is not asked (its field
     * is {@code answers.<question id>}).
     */
    Map<String, String> answers(Map<String, String> given) {
        Map<String, String> input = given == null ? Map.of() : given;
        for (String key : input.keySet()) {
            if (questions.stream().noneMatch(q -> q.id().equals(key))) {
                throw new InvalidInput("answers." + key, "input.answer-unknown-question");
            }
        }
        Map<String, String> answers = new LinkedHashMap<>();
        for (Question question : questions) {
            String value = question.answer("answers." + question.id(), input.get(question.id()));
            if (value != null) {
                answers.put(question.id(), value);
            }
        }
        return answers;
    }

}
