package com.icr.request.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icr.core.InvalidInput;
import com.icr.request.DeclineReason;
import com.icr.request.IssueSnapshot;
import com.icr.request.internal.InternalRequest.ProviderSource;
import com.icr.tenant.TenantId;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The rules of an issue as the app knows it, without Spring: events apply in any order,
 * the departments in effect come from the automatic and corrected ones, deletion is
 * final, and only an internal request takes a decision, whose history stays.
 */
class InternalRequestRulesTest {

    private static final String RITA = "557058:rita";

    private static final String ALAN = "557058:alan";

    private static final Instant T0 = Instant.parse("2026-11-02T10:00:00Z");

    private final TenantId tenant = new TenantId(UUID.randomUUID().toString());

    // ---- events in any order

    @Test
    void aNewRequestTakesAnyEventAndThenOnlyLaterOnes() {
        InternalRequest request = new InternalRequest(tenant, "10001", T0);
        assertThat(request.isOlderThan(0, "a")).isTrue();

        request.apply(issue(RITA, null), 1000, "b", "finance", ProviderSource.PROJECT, T0);

        assertThat(request.isOlderThan(999, "z")).isFalse();
        assertThat(request.isOlderThan(1000, "a")).isFalse();
        assertThat(request.isOlderThan(1000, "b")).isFalse();
        assertThat(request.isOlderThan(1000, "c")).isTrue();
        assertThat(request.isOlderThan(1001, "a")).isTrue();
    }

    @Test
    void anEventCarriesTheIssuesFieldsAndTheProviderFoundForItsProject() {
        InternalRequest request = new InternalRequest(tenant, "10001", T0);

        request.apply(
                new IssueSnapshot("10001", "FIN-1", "FIN", List.of("7", "8"), RITA, ALAN, "indeterminate", T0, null),
                1000, "a", "finance", ProviderSource.COMPONENT, T0);

        assertThat(request.issueKey()).isEqualTo("FIN-1");
        assertThat(request.projectKey()).isEqualTo("FIN");
        assertThat(request.componentIds()).containsExactly("7", "8");
        assertThat(request.reporter()).isEqualTo(RITA);
        assertThat(request.assignee()).isEqualTo(ALAN);
        assertThat(request.autoProviderId()).isEqualTo("finance");
        assertThat(request.providerSource()).isEqualTo(ProviderSource.COMPONENT);
        assertThat(request.needsCustomer()).isTrue();
    }

    @Test
    void theFirstResponseIsTheEarliestSeenWhateverTheOrder() {
        InternalRequest request = new InternalRequest(tenant, "10001", T0);

        request.responded(T0.plusSeconds(300));
        request.responded(null);
        request.responded(T0.plusSeconds(100));
        request.responded(T0.plusSeconds(200));

        assertThat(request.firstResponseAt()).isEqualTo(T0.plusSeconds(100));
    }

    // ---- departments in effect

    @Test
    void aRequestIsInternalOnceProviderAndCustomerAreKnownAndDiffer() {
        InternalRequest request = new InternalRequest(tenant, "10001", T0);
        request.apply(issue(RITA, null), 1000, "a", "finance", ProviderSource.PROJECT, T0);
        request.settle();
        assertThat(request.isInternal()).isFalse();

        request.customerFound("sales");
        request.settle();

        assertThat(request.isInternal()).isTrue();
        assertThat(request.providerId()).isEqualTo("finance");
        assertThat(request.customerId()).isEqualTo("sales");
        assertThat(request.needsCustomer()).isFalse();
    }

    @Test
    void aDepartmentAskingItselfIsNotAnInternalRequest() {
        InternalRequest request = internal();

        request.customerFound("finance");
        request.settle();

        assertThat(request.isInternal()).isFalse();
        assertThat(request.providerId()).isNull();
        assertThat(request.customerId()).isNull();
    }

    @Test
    void aNewReporterMeansTheCustomerIsLookedUpAgain() {
        InternalRequest request = internal();

        request.apply(issue("557058:other", null), 2000, "b", "finance", ProviderSource.PROJECT, T0);

        assertThat(request.customerLookedUp()).isFalse();
        assertThat(request.autoCustomerId()).isNull();
        assertThat(request.needsCustomer()).isTrue();
        request.settle();
        assertThat(request.isInternal()).isFalse();
    }

    @Test
    void aCorrectionOverridesTheAutomaticDepartmentsAndNullsReturnToThem() {
        InternalRequest request = internal();

        request.correct("legal", null, ALAN, T0.plusSeconds(60));
        request.settle();
        assertThat(request.providerId()).isEqualTo("legal");
        assertThat(request.customerId()).isEqualTo("sales");
        assertThat(request.correctedProviderId()).isEqualTo("legal");

        request.correct(null, null, ALAN, T0.plusSeconds(120));
        request.settle();
        assertThat(request.providerId()).isEqualTo("finance");
        assertThat(request.correctedProviderId()).isNull();
    }

    @Test
    void aCorrectedCustomerNeedsNoLookup() {
        InternalRequest request = new InternalRequest(tenant, "10001", T0);
        request.apply(issue(RITA, null), 1000, "a", "finance", ProviderSource.PROJECT, T0);

        request.correct(null, "sales", ALAN, T0);
        request.settle();

        assertThat(request.needsCustomer()).isFalse();
        assertThat(request.isInternal()).isTrue();
    }

    @Test
    void deletionIsFinalAndEndsTheInternalRequest() {
        InternalRequest request = internal();

        request.delete(T0.plusSeconds(60));
        request.settle();

        assertThat(request.deleted()).isTrue();
        assertThat(request.isInternal()).isFalse();
        assertThat(request.needsCustomer()).isFalse();

        request.correct("finance", "sales", ALAN, T0.plusSeconds(120));
        request.settle();
        assertThat(request.isInternal()).isFalse();
        assertThat(request.deleted()).isTrue();
    }

    // ---- decisions

    @Test
    void onlyAnInternalRequestTakesADecision() {
        InternalRequest request = new InternalRequest(tenant, "10001", T0);
        request.apply(issue(RITA, null), 1000, "a", "finance", ProviderSource.PROJECT, T0);
        request.settle();

        assertThatThrownBy(() -> request.decide(Decision.ACCEPTED, null, "", ALAN, T0)).isInstanceOf(InvalidInput.class)
            .satisfies(e -> assertThat(((InvalidInput) e).field()).isEqualTo("outcome"));
        assertThat(request.decision()).isNull();
        assertThat(request.history()).isEmpty();
    }

    @Test
    void aDeletedRequestTakesNoDecision() {
        InternalRequest request = internal();
        request.delete(T0);
        request.settle();

        assertThatThrownBy(() -> request.decide(Decision.DECLINED, DeclineReason.DUPLICATE, "", ALAN, T0))
            .isInstanceOf(InvalidInput.class);
        assertThat(request.decision()).isNull();
    }

    @Test
    void aDecisionIsAResponseAndAChangedDecisionKeepsTheHistory() {
        InternalRequest request = internal();
        Instant first = T0.plusSeconds(60);
        Instant second = T0.plusSeconds(120);

        request.decide(Decision.DECLINED, DeclineReason.NO_CAPACITY, "next quarter", ALAN, first);
        request.decide(Decision.ACCEPTED, null, "", ALAN, second);

        assertThat(request.decision()).isEqualTo(Decision.ACCEPTED);
        assertThat(request.decisionReason()).isNull();
        assertThat(request.decidedAt()).isEqualTo(second);
        assertThat(request.firstResponseAt()).isEqualTo(first);
        assertThat(request.history()).extracting(DecisionView::outcome)
            .containsExactly(Decision.ACCEPTED, Decision.DECLINED);
        assertThat(request.history().get(1).reason()).isEqualTo(DeclineReason.NO_CAPACITY);
        assertThat(request.history().get(1).byAccountId()).isEqualTo(ALAN);
    }

    // ---- what changed

    @Test
    void aChangeToWhatTheIssueShowsRaisesTheSummaryRevisionAndOtherChangesDoNot() {
        InternalRequest request = internal();
        int revision = request.summaryRevision();

        InternalRequest.Keys before = request.keys();
        request.decide(Decision.ACCEPTED, null, "", ALAN, T0.plusSeconds(60));
        InternalRequest.Keys changed = request.changedSince(before);
        assertThat(changed.summary()).isNotNull();
        assertThat(changed.figures()).isNotNull();
        assertThat(request.summaryRevision()).isEqualTo(revision + 1);

        before = request.keys();
        request.responded(T0.plusSeconds(1));
        changed = request.changedSince(before);
        assertThat(changed.summary()).isNull();
        assertThat(changed.figures()).isNotNull();
        assertThat(request.summaryRevision()).isEqualTo(revision + 1);

        before = request.keys();
        changed = request.changedSince(before);
        assertThat(changed.summary()).isNull();
        assertThat(changed.figures()).isNull();
    }

    @Test
    void whatTheSatisfactionModuleSaysIsPartOfTheSummary() {
        InternalRequest request = internal();
        InternalRequest.Keys before = request.keys();

        request.satisfaction("awaiting");

        assertThat(request.changedSince(before).summary()).isNotNull();
    }

    private InternalRequest internal() {
        InternalRequest request = new InternalRequest(tenant, "10001", T0);
        request.apply(issue(RITA, null), 1000, "a", "finance", ProviderSource.PROJECT, T0);
        request.customerFound("sales");
        request.settle();
        assertThat(request.isInternal()).isTrue();
        return request;
    }

    private static IssueSnapshot issue(String reporter, Instant resolvedAt) {
        return new IssueSnapshot("10001", "FIN-1", "FIN", List.of(), reporter, ALAN, "new", T0, resolvedAt);
    }

}
