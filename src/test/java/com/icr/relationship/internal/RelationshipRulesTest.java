package com.icr.relationship.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icr.core.ConflictingState;
import com.icr.core.InvalidInput;
import com.icr.core.NotPermitted;
import com.icr.relationship.AgreementRequest;
import com.icr.relationship.AgreementStatus;
import com.icr.relationship.AgreementView;
import com.icr.relationship.DepartmentRef;
import com.icr.relationship.RelationshipView;
import com.icr.relationship.ServiceTarget;
import com.icr.relationship.Standing;
import com.icr.tenant.TenantId;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The rules of a relationship's agreement, without Spring: a changed agreement is a new
 * draft, a draft is agreed once the owner of each side confirmed it, only owners confirm,
 * and the standing follows.
 */
class RelationshipRulesTest {

    private static final String PAM = "557058:pam";

    private static final String CARL = "557058:carl";

    private static final String SOPHIE = "557058:sophie";

    private static final Instant T0 = Instant.parse("2026-11-02T10:00:00Z");

    private final TenantId tenant = new TenantId(UUID.randomUUID().toString());

    @Test
    void aDepartmentCannotBeItsOwnCustomer() {
        assertThatThrownBy(
                () -> new Relationship(tenant, "finance", "finance", owners(), AgreementTerms.EMPTY, PAM, T0))
            .isInstanceOf(InvalidInput.class)
            .satisfies(e -> assertThat(((InvalidInput) e).field()).isEqualTo("customerId"));
    }

    @Test
    void aNewRelationshipWithoutTermsHasNoAgreementAndWithTermsADraft() {
        RelationshipView empty = view(
                new Relationship(tenant, "finance", "sales", owners(), AgreementTerms.EMPTY, PAM, T0));
        assertThat(empty.standing()).isEqualTo(Standing.NONE);
        assertThat(empty.draft().version()).isEqualTo(1);
        assertThat(empty.agreed()).isNull();

        RelationshipView drafted = view(relationship(terms("monthly close")));
        assertThat(drafted.standing()).isEqualTo(Standing.DRAFT);
        assertThat(drafted.draft().status()).isEqualTo(AgreementStatus.DRAFT);
        assertThat(drafted.draft().deliverables()).containsExactly("monthly close");
        assertThat(drafted.draft().createdBy()).isEqualTo(PAM);
    }

    @Test
    void theSameTermsAgainMakeNoNewVersion() {
        Relationship relationship = relationship(terms("monthly close"));

        assertThat(relationship.changeAgreement(terms("monthly close"), PAM, T0.plusSeconds(60))).isFalse();

        assertThat(view(relationship).versions()).hasSize(1);
    }

    @Test
    void changedTermsMakeANewDraftAndSupersedeTheUnconfirmedOne() {
        Relationship relationship = relationship(terms("monthly close"));

        assertThat(relationship.changeAgreement(terms("monthly close", "audit support"), CARL, T0.plusSeconds(60)))
            .isTrue();

        RelationshipView view = view(relationship);
        assertThat(view.standing()).isEqualTo(Standing.DRAFT);
        assertThat(view.draft().version()).isEqualTo(2);
        assertThat(view.draft().createdBy()).isEqualTo(CARL);
        assertThat(view.versions()).extracting(AgreementView::status)
            .containsExactly(AgreementStatus.DRAFT, AgreementStatus.SUPERSEDED);
    }

    @Test
    void emptiedTermsAfterADraftStayADraft() {
        Relationship relationship = relationship(terms("monthly close"));

        relationship.changeAgreement(AgreementTerms.EMPTY, PAM, T0.plusSeconds(60));

        assertThat(view(relationship).standing()).isEqualTo(Standing.DRAFT);
    }

    @Test
    void aDraftIsAgreedOnceBothOwnersConfirmed() {
        Relationship relationship = relationship(terms("monthly close"));

        relationship.confirm(PAM, T0.plusSeconds(60));
        RelationshipView half = view(relationship);
        assertThat(half.standing()).isEqualTo(Standing.DRAFT);
        assertThat(half.draft().providerConfirmedBy()).isEqualTo(PAM);
        assertThat(half.draft().customerConfirmedBy()).isNull();

        relationship.confirm(CARL, T0.plusSeconds(120));
        RelationshipView agreed = view(relationship);
        assertThat(agreed.standing()).isEqualTo(Standing.AGREED);
        assertThat(agreed.draft()).isNull();
        assertThat(agreed.agreed().version()).isEqualTo(1);
        assertThat(agreed.agreed().customerConfirmedAt()).isEqualTo(T0.plusSeconds(120));
    }

    @Test
    void anOwnerOfBothSidesNeverMakesItAgreedAlone() {
        Relationship relationship = new Relationship(tenant, "finance", "sales", new Owners(PAM, PAM, SOPHIE),
                terms("close"), PAM, T0);

        relationship.confirm(PAM, T0.plusSeconds(60));
        assertThatThrownBy(() -> relationship.confirm(PAM, T0.plusSeconds(90))).isInstanceOf(ConflictingState.class);

        assertThat(view(relationship).standing()).isEqualTo(Standing.DRAFT);
    }

    @Test
    void onlyTheOwnersConfirm() {
        Relationship relationship = relationship(terms("monthly close"));

        assertThatThrownBy(() -> relationship.confirm(SOPHIE, T0)).isInstanceOf(NotPermitted.class);
        assertThatThrownBy(() -> relationship.confirm(null, T0)).isInstanceOf(NotPermitted.class);

        assertThat(view(relationship).draft().providerConfirmedBy()).isNull();
        assertThat(view(relationship).standing()).isEqualTo(Standing.DRAFT);
    }

    @Test
    void withoutADraftThereIsNothingToConfirm() {
        Relationship relationship = agreed(terms("monthly close"));

        assertThatThrownBy(() -> relationship.confirm(PAM, T0.plusSeconds(300))).isInstanceOf(InvalidInput.class)
            .hasMessageContaining("agreed")
            .satisfies(e -> assertThat(((InvalidInput) e).field()).isEqualTo("version"));
        assertThat(view(relationship).standing()).isEqualTo(Standing.AGREED);
    }

    @Test
    void aChangeAfterAgreementIsAPendingDraftWhileTheAgreedVersionStands() {
        Relationship relationship = agreed(terms("monthly close"));

        relationship.changeAgreement(terms("monthly close", "audit support"), PAM, T0.plusSeconds(300));

        RelationshipView view = view(relationship);
        assertThat(view.standing()).isEqualTo(Standing.AGREED_DRAFT_PENDING);
        assertThat(view.agreed().version()).isEqualTo(1);
        assertThat(view.draft().version()).isEqualTo(2);
        assertThat(view.draft().providerConfirmedBy()).isNull();
    }

    @Test
    void anotherChangeSupersedesThePendingDraftButNotTheAgreedVersion() {
        Relationship relationship = agreed(terms("monthly close"));
        relationship.changeAgreement(terms("monthly close", "audit support"), PAM, T0.plusSeconds(300));

        relationship.changeAgreement(terms("monthly close", "tax support"), PAM, T0.plusSeconds(400));

        RelationshipView view = view(relationship);
        assertThat(view.standing()).isEqualTo(Standing.AGREED_DRAFT_PENDING);
        assertThat(view.versions()).extracting(AgreementView::status)
            .containsExactly(AgreementStatus.DRAFT, AgreementStatus.SUPERSEDED, AgreementStatus.AGREED);
    }

    @Test
    void confirmingTheNewDraftSupersedesTheOldAgreement() {
        Relationship relationship = agreed(terms("monthly close"));
        relationship.changeAgreement(terms("monthly close", "audit support"), PAM, T0.plusSeconds(300));

        relationship.confirm(PAM, T0.plusSeconds(400));
        relationship.confirm(CARL, T0.plusSeconds(500));

        RelationshipView view = view(relationship);
        assertThat(view.standing()).isEqualTo(Standing.AGREED);
        assertThat(view.agreed().version()).isEqualTo(2);
        assertThat(view.versions()).extracting(AgreementView::status)
            .containsExactly(AgreementStatus.AGREED, AgreementStatus.SUPERSEDED);
    }

    @Test
    void ownersChangeAndSayWhetherTheyDid() {
        Relationship relationship = relationship(terms("monthly close"));

        assertThat(relationship.changeOwners(owners(), T0.plusSeconds(60))).isFalse();
        assertThat(relationship.changeOwners(new Owners(SOPHIE, CARL, null), T0.plusSeconds(60))).isTrue();

        assertThat(relationship.isOwnedBy(SOPHIE)).isTrue();
        assertThat(relationship.isOwnedBy(PAM)).isFalse();
        assertThat(relationship.isOwnedBy(null)).isFalse();
        assertThat(view(relationship).executiveSponsorAccountId()).isNull();
        assertThatThrownBy(() -> relationship.confirm(PAM, T0.plusSeconds(90))).isInstanceOf(NotPermitted.class);
    }

    @Test
    void theSponsorIsNoOwner() {
        Relationship relationship = relationship(terms("monthly close"));

        assertThat(relationship.isOwnedBy(SOPHIE)).isFalse();
        assertThatThrownBy(() -> relationship.confirm(SOPHIE, T0)).isInstanceOf(NotPermitted.class);
    }

    private Relationship relationship(AgreementTerms terms) {
        return new Relationship(tenant, "finance", "sales", owners(), terms, PAM, T0);
    }

    private Relationship agreed(AgreementTerms terms) {
        Relationship relationship = relationship(terms);
        relationship.confirm(PAM, T0.plusSeconds(60));
        relationship.confirm(CARL, T0.plusSeconds(120));
        return relationship;
    }

    private static Owners owners() {
        return new Owners(PAM, CARL, SOPHIE);
    }

    private static AgreementTerms terms(String... deliverables) {
        return AgreementTerms.of(new AgreementRequest(List.of(deliverables), "", "", new ServiceTarget(8, 40)));
    }

    private static RelationshipView view(Relationship relationship) {
        return relationship.view(new DepartmentRef("finance", "Finance", false),
                new DepartmentRef("sales", "Sales", false), true);
    }

}
