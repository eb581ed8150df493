package com.icr.relationship.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icr.core.InvalidInput;
import com.icr.relationship.AgreementRequest;
import com.icr.relationship.ServiceTarget;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * What good looks like as a checklist: part of the versioned terms, checked item by item.
 */
class AgreementChecklistRulesTest {

    static AgreementRequest terms(List<String> checklist) {
        return new AgreementRequest(List.of("Leads"), "Qualified", "", ServiceTarget.NONE, checklist);
    }

    @Test
    void itemsAreStrippedAndKeptInOrder() {
        assertThat(AgreementTerms.of(terms(List.of(" Deadline ", "Budget"))).checklist()).containsExactly("Deadline",
                "Budget");
        assertThat(AgreementTerms.of(terms(null)).checklist()).isEmpty();
        assertThat(AgreementTerms.of(terms(IntStream.range(0, 15).mapToObj(i -> "Item " + i).toList())).checklist())
            .hasSize(15);
    }

    @Test
    void aBadChecklistIsRefusedNamingTheItem() {
        assertRefused(terms(Arrays.asList("Deadline", null)), "agreement.checklist[1]", "input.checklist-item-blank");
        assertRefused(terms(List.of("Deadline", "  DEADLINE ")), "agreement.checklist[1]",
                "input.checklist-item-twice");
        assertRefused(terms(List.of("x".repeat(201))), "agreement.checklist[0]", "input.too-long");
        assertRefused(terms(IntStream.range(0, 16).mapToObj(i -> "Item " + i).toList()), "agreement.checklist",
                "input.checklist-too-many");
    }

    @Test
    void aChangedChecklistIsANewDraftAndAnUnchangedOneIsNot() {
        Relationship relationship = new Relationship(null, "p", "c", new Owners("557058:p", "557058:c", null),
                AgreementTerms.of(terms(List.of("Deadline"))), "557058:p", Instant.EPOCH);
        assertThat(
                relationship.changeAgreement(AgreementTerms.of(terms(List.of("Deadline"))), "557058:p", Instant.EPOCH))
            .isFalse();
        assertThat(relationship.changeAgreement(AgreementTerms.of(terms(List.of("Deadline", "Budget"))), "557058:p",
                Instant.EPOCH))
            .isTrue();
        assertThat(relationship.latestChecklist()).containsExactly("Deadline", "Budget");
    }

    static void assertRefused(AgreementRequest request, String field, String key) {
        assertThatThrownBy(() -> AgreementTerms.of(request)).isInstanceOfSatisfying(InvalidInput.class, e -> {
            assertThat(e.field()).isEqualTo(field);
            assertThat(e.messageKey()).isEqualTo(key);
        });
    }

}
