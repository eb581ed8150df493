package com.icr.request.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icr.core.InvalidInput;
import com.icr.request.internal.Specification.Entry;
import com.icr.request.internal.Specification.State;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A specification's rules: what complete means, and what an answer must say. */
class SpecificationRulesTest {

    static final Specification FRESH = Specification.start(3, List.of("Audience", "Budget", "Deadline"));

    @Test
    void aFreshSpecificationHasEveryItemOpen() {
        assertThat(FRESH.items()).extracting(Specification.Item::state).containsOnly(State.OPEN);
        assertThat(FRESH.specified()).isZero();
        assertThat(FRESH.complete()).isFalse();
    }

    @Test
    void completeWhenEveryItemIsSpecifiedOrDoesNotApplyWithAReason() {
        Specification partly = FRESH.answer(entries("specified", null, "not-applicable", " No budget ", "open", null));
        assertThat(partly.specified()).isEqualTo(2);
        assertThat(partly.complete()).isFalse();
        assertThat(partly.items().get(1).reason()).isEqualTo("No budget");

        Specification complete = partly.answer(entries("specified", null, "not-applicable", "No budget", "SPECIFIED",
                "dropped: only a not-applicable item keeps its reason"));
        assertThat(complete.complete()).isTrue();
        assertThat(complete.items().get(2).reason()).isNull();
        assertThat(complete.items()).extracting(Specification.Item::text)
            .containsExactly("Audience", "Budget", "Deadline");
    }

    @Test
    void aChecklistWithoutItemsIsNeverComplete() {
        assertThat(Specification.start(null, List.of()).complete()).isFalse();
    }

    @Test
    void anAnswerIsRefusedNamingTheEntrysField() {
        assertRefused(() -> FRESH.answer(entries("specified", null, "not-applicable", "  ", "open", null)),
                "items[1].reason", "input.specification-reason-required");
        assertRefused(() -> FRESH.answer(entries("specified", null, "open", null, "not-applicable", "x".repeat(301))),
                "items[2].reason", "input.too-long");
        assertRefused(() -> FRESH.answer(entries("yes", null, "open", null, "open", null)), "items[0].state",
                "input.specification-state");
        assertRefused(() -> FRESH.answer(Arrays.asList(new Entry("open", null), null, new Entry("open", null))),
                "items[1].state", "input.specification-state");
        assertRefused(() -> FRESH.answer(entries("open", null)), "items", "input.specification-items");
        assertRefused(() -> FRESH.answer(null), "items", "input.specification-items");
        assertThat(FRESH.answer(entries("open", null, "open", null, "not-applicable", "x".repeat(300))).complete())
            .isFalse();
    }

    static List<Entry> entries(String... stateAndReason) {
        List<Entry> entries = new java.util.ArrayList<>();
        for (int i = 0; i < stateAndReason.length; i += 2) {
            entries.add(new Entry(stateAndReason[i], stateAndReason[i + 1]));
        }
        return entries;
    }

    static void assertRefused(Runnable answer, String field, String key) {
        assertThatThrownBy(answer::run).isInstanceOfSatisfying(InvalidInput.class, e -> {
            assertThat(e.field()).isEqualTo(field);
            assertThat(e.messageKey()).isEqualTo(key);
        });
    }

}
