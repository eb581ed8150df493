package com.icr.relationship.internal;

import com.icr.relationship.AgreementStatus;
import com.icr.relationship.AgreementView;
import com.icr.relationship.ServiceTarget;
import com.icr.tenant.TenantId;
import com.icr.core.ConflictingState;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import javax.persistence.Column;
import javax.persistence.Convert;
import javax.persistence.Entity;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import javax.persistence.Id;
import javax.persistence.Table;

/**
 * One version of a relationship's agreement, with who confirmed it on each side. Never
 * deleted on change.
 */
@Entity
@Table(name = "agreement_version")
class AgreementVersion {

    @Id
    private String id;

    @Column(name = "tenant_id", nullable = false)
    private TenantId tenantId;

    @Column(name = "relationship_id", nullable = false, insertable = false, updatable = false)
    private String relationshipId;

    @Column(nullable = false)
    private int number;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private AgreementStatus status;

    @Convert(converter = DeliverablesConverter.class)
    @Column(nullable = false)
    private List<String> deliverables;

    @Column(nullable = false)
    private String expectations;

    @Convert(converter = DeliverablesConverter.class)
    @Column(nullable = false)
    private List<String> checklist;

    @Column(name = "customer_gives_back", nullable = false)
    private String customerGivesBack;

    @Column(name = "first_response_hours")
    private Integer firstResponseHours;

    @Column(name = "resolution_hours")
    private Integer resolutionHours;

    @Column(name = "created_by")
    private String createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "provider_confirmed_by")
    private String providerConfirmedBy;

    @Column(name = "provider_confirmed_at")
    private Instant providerConfirmedAt;

    @Column(name = "customer_confirmed_by")
    private String customerConfirmedBy;

    @Column(name = "customer_confirmed_at")
    private Instant customerConfirmedAt;

    protected AgreementVersion() {
    }

    AgreementVersion(TenantId tenantId, int number, AgreementTerms terms, String createdBy, Instant now) {
        this.id = UUID.randomUUID().toString();
        this.tenantId = tenantId;
        this.number = number;
        this.status = AgreementStatus.DRAFT;
        this.deliverables = terms.deliverables();
        this.expectations = terms.expectations();
        this.checklist = terms.checklist();
        this.customerGivesBack = terms.customerGivesBack();
        this.firstResponseHours = terms.serviceTarget().firstResponseHours();
        this.resolutionHours = terms.serviceTarget().resolutionHours();
        this.createdBy = createdBy;
        this.createdAt = now;
    }

    AgreementTerms terms() {
        return new AgreementTerms(List.copyOf(deliverables), expectations, customerGivesBack,
                new ServiceTarget(firstResponseHours, resolutionHours), List.copyOf(checklist));
    }

    /** Records one side's confirmation; true once both sides have confirmed. */
    boolean confirm(boolean providerSide, boolean customerSide, String accountId, Instant now) {
        boolean confirmedProvider = accountId.equals(providerConfirmedBy);
        boolean confirmedCustomer = accountId.equals(customerConfirmedBy);
        if (providerSide && providerConfirmedBy == null && !confirmedCustomer) {
            providerConfirmedBy = accountId;
            providerConfirmedAt = now;
        }
        else if (customerSide && customerConfirmedBy == null && !confirmedProvider) {
            customerConfirmedBy = accountId;
            customerConfirmedAt = now;
        }
        else if ((confirmedProvider && customerSide && customerConfirmedBy == null)
                || (confirmedCustomer && providerSide && providerConfirmedBy == null)) {
            throw new ConflictingState("conflict.confirm-both-sides", number);
        }
        return providerConfirmedBy != null && customerConfirmedBy != null;
    }

    void agreed() {
        status = AgreementStatus.AGREED;
    }

    void superseded() {
        status = AgreementStatus.SUPERSEDED;
    }

    int number() {
        return number;
    }

    AgreementStatus status() {
        return status;
    }

    AgreementView view() {
        return new AgreementView(number, status, List.copyOf(deliverables), expectations, customerGivesBack,
                new ServiceTarget(firstResponseHours, resolutionHours), createdBy, createdAt, providerConfirmedBy,
                providerConfirmedAt, customerConfirmedBy, customerConfirmedAt, List.copyOf(checklist));
    }

}
