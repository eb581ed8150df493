package com.icr.relationship.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icr.core.ConflictingState;
import com.icr.core.InvalidInput;
import com.icr.relationship.AgreementRequest;
import com.icr.relationship.AgreementStatus;
import com.icr.relationship.AgreementView;
import com.icr.relationship.ServiceTarget;
import com.icr.tenant.TenantId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * One version of an agreement, without Spring: the terms it keeps (checked by
 * {@link AgreementTerms}), who confirmed it on each side (the first confirmation of a
 * side stands), and its status.
 */
class AgreementVersionRulesTest {

    private static final String PAM = "557058:pam";

    private static final String CARL = "557058:carl";

    private static final Instant T0 = Instant.parse("2026-11-02T10:00:00Z");

    private final TenantId tenant = new TenantId(UUID.randomUUID().toString());

    @Test
    void aNewVersionIsADraftKeepingItsTerms() {
        AgreementTerms terms = AgreementTerms.of(new AgreementRequest(List.of(" close ", "", "audit"), " on time ",
                "data by the 3rd", new ServiceTarget(8, 40)));
        AgreementVersion version = new AgreementVersion(tenant, 3, terms, PAM, T0);

        assertThat(version.status()).isEqualTo(AgreementStatus.DRAFT);
        assertThat(version.number()).isEqualTo(3);
        assertThat(version.terms()).isEqualTo(terms);
        AgreementView view = version.view();
        assertThat(view.deliverables()).containsExactly("close", "audit");
        assertThat(view.expectations()).isEqualTo("on time");
        assertThat(view.serviceTarget()).isEqualTo(new ServiceTarget(8, 40));
        assertThat(view.createdBy()).isEqualTo(PAM);
        assertThat(view.createdAt()).isEqualTo(T0);
    }

    @Test
    void oneSideIsNotEnoughBothSidesAre() {
        AgreementVersion version = draft();

        assertThat(version.confirm(true, false, PAM, T0.plusSeconds(60))).isFalse();
        assertThat(version.confirm(false, true, CARL, T0.plusSeconds(120))).isTrue();

        AgreementView view = version.view();
        assertThat(view.providerConfirmedBy()).isEqualTo(PAM);
        assertThat(view.providerConfirmedAt()).isEqualTo(T0.plusSeconds(60));
        assertThat(view.customerConfirmedBy()).isEqualTo(CARL);
        assertThat(view.customerConfirmedAt()).isEqualTo(T0.plusSeconds(120));
    }

    @Test
    void theFirstConfirmationOfASideStands() {
        AgreementVersion version = draft();
        version.confirm(true, false, PAM, T0.plusSeconds(60));

        assertThat(version.confirm(true, false, "557058:other", T0.plusSeconds(90))).isFalse();

        assertThat(version.view().providerConfirmedBy()).isEqualTo(PAM);
        assertThat(version.view().providerConfirmedAt()).isEqualTo(T0.plusSeconds(60));
    }

    @Test
    void anOwnerOfBothSidesConfirmsOneAndNeverTheOther() {
        AgreementVersion version = draft();

        assertThat(version.confirm(true, true, PAM, T0)).isFalse();
        assertThatThrownBy(() -> version.confirm(true, true, PAM, T0.plusSeconds(60)))
            .isInstanceOf(ConflictingState.class)
            .hasMessageContaining("one person never confirms both sides");

        assertThat(version.view().providerConfirmedBy()).isEqualTo(PAM);
        assertThat(version.view().customerConfirmedBy()).isNull();
        assertThat(version.confirm(false, true, "557058:other", T0.plusSeconds(90))).isTrue();
    }

    @Test
    void aVersionIsAgreedOrSuperseded() {
        AgreementVersion version = draft();
        version.agreed();
        assertThat(version.status()).isEqualTo(AgreementStatus.AGREED);
        assertThat(version.view().status()).isEqualTo(AgreementStatus.AGREED);
        version.superseded();
        assertThat(version.status()).isEqualTo(AgreementStatus.SUPERSEDED);
    }

    @Test
    void termsAreRefusedNamingTheField() {
        assertField(new AgreementRequest(List.of("x".repeat(AgreementTerms.MAX_DELIVERABLE + 1)), "", "", null),
                "agreement.deliverables");
        assertField(new AgreementRequest(Collections.nCopies(AgreementTerms.MAX_DELIVERABLES + 1, "d"), "", "", null),
                "agreement.deliverables");
        assertField(new AgreementRequest(List.of(), "x".repeat(AgreementTerms.MAX_TEXT + 1), "", null),
                "agreement.expectations");
        assertField(new AgreementRequest(List.of(), "", "x".repeat(AgreementTerms.MAX_TEXT + 1), null),
                "agreement.customerGivesBack");
        assertField(new AgreementRequest(List.of(), "", "", new ServiceTarget(0, null)),
                "agreement.serviceTarget.firstResponseHours");
        assertField(new AgreementRequest(List.of(), "", "", new ServiceTarget(null, AgreementTerms.MAX_HOURS + 1)),
                "agreement.serviceTarget.resolutionHours");
        assertField(new AgreementRequest(List.of(), "", "", new ServiceTarget(48, 8)),
                "agreement.serviceTarget.firstResponseHours");
    }

    @Test
    void termsAtTheirLimitsAndNoTermsAtAllAreTaken() {
        List<String> deliverables = new ArrayList<>(
                Collections.nCopies(AgreementTerms.MAX_DELIVERABLES, "x".repeat(AgreementTerms.MAX_DELIVERABLE)));
        deliverables.add("  ");
        AgreementTerms full = AgreementTerms.of(new AgreementRequest(deliverables, "x".repeat(AgreementTerms.MAX_TEXT),
                "", new ServiceTarget(AgreementTerms.MAX_HOURS, AgreementTerms.MAX_HOURS)));
        assertThat(full.deliverables()).hasSize(AgreementTerms.MAX_DELIVERABLES);

        assertThat(AgreementTerms.of(null).isEmpty()).isTrue();
        assertThat(AgreementTerms.of(new AgreementRequest(null, null, null, null)).isEmpty()).isTrue();
    }

    private AgreementVersion draft() {
        return new AgreementVersion(tenant, 1, AgreementTerms.of(new AgreementRequest(List.of("close"), "", "", null)),
                PAM, T0);
    }

    private static void assertField(AgreementRequest request, String field) {
        assertThatThrownBy(() -> AgreementTerms.of(request)).isInstanceOf(InvalidInput.class)
            .satisfies(e -> assertThat(((InvalidInput) e).field()).isEqualTo(field));
    }

}
