package com.icr.relationship.internal;

import com.icr.relationship.AgreementStatus;
import com.icr.relationship.AgreementView;
import com.icr.relationship.DepartmentRef;
import com.icr.relationship.RelationshipView;
import com.icr.relationship.Standing;
import com.icr.tenant.TenantId;
import com.icr.core.NotPermitted;
import com.icr.core.InvalidInput;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import javax.persistence.CascadeType;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import javax.persistence.Id;
import javax.persistence.JoinColumn;
import javax.persistence.OneToMany;
import javax.persistence.OrderBy;
import javax.persistence.Table;
import javax.persistence.Version;

/**
 * A provider department serving a customer department, and the versioned agreement
 * between them. A changed agreement becomes a new draft; a draft becomes agreed once the
 * owner on each side has confirmed it.
 */
@Entity
@Table(name = "relationship")
public class Relationship {

    @Id
    private String id;

    @Column(name = "tenant_id", nullable = false)
    private TenantId tenantId;

    @Column(name = "provider_id", nullable = false)
    private String providerId;

    @Column(name = "customer_id", nullable = false)
    private String customerId;

    @Column(name = "provider_owner")
    private String providerOwner;

    @Column(name = "customer_owner")
    private String customerOwner;

    @Column(name = "executive_sponsor")
    private String executiveSponsor;

    /**
     * Kept on the row, not derived per read: the matrix reads 20,000 relationships
     * without their versions.
     */
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Standing standing;

    @Column(name = "agreed_version")
    private Integer agreedVersion;

    @Column(name = "latest_version", nullable = false)
    private int latestVersion;

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    @JoinColumn(name = "relationship_id", nullable = false)
    @OrderBy("number")
    private List<AgreementVersion> versions = new ArrayList<>();

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected Relationship() {
    }

    public Relationship(TenantId tenantId, String providerId, String customerId, Owners owners, AgreementTerms terms,
            String actor, Instant now) {
        if (providerId.equals(customerId)) {
            throw new InvalidInput("customerId", "input.own-customer");
        }
        this.id = UUID.randomUUID().toString();
        this.tenantId = tenantId;
        this.providerId = providerId;
        this.customerId = customerId;
        this.createdAt = now;
        changeOwners(owners, now);
        versions.add(new AgreementVersion(tenantId, 1, terms, actor, now));
        latestVersion = 1;
        restand();
    }

    /**
     * @return whether an owner or the sponsor changed
     */
    public boolean changeOwners(Owners owners, Instant now) {
        boolean changed = !Objects.equals(providerOwner, owners.provider())
                || !Objects.equals(customerOwner, owners.customer())
                || !Objects.equals(executiveSponsor, owners.sponsor());
        this.providerOwner = owners.provider();
        this.customerOwner = owners.customer();
        this.executiveSponsor = owners.sponsor();
        this.updatedAt = now;
        return changed;
    }

    /**
     * A new draft when the terms differ from the latest version; an unconfirmed older
     * draft is superseded.
     * @return whether a new version was drafted
     */
    public boolean changeAgreement(AgreementTerms terms, String actor, Instant now) {
        AgreementVersion latest = latest();
        if (latest.terms().equals(terms)) {
            return false;
        }
        if (latest.status() == AgreementStatus.DRAFT) {
            latest.superseded();
        }
        latestVersion = latest.number() + 1;
        versions.add(new AgreementVersion(tenantId, latestVersion, terms, actor, now));
        updatedAt = now;
        restand();
        return true;
    }

    /**
     * An owner confirms the current draft for their side. Agreed takes two different
     * people, one per side: who owns both sides confirms one of them, and never the
     * second.
     */
    public void confirm(String accountId, Instant now) {
        AgreementVersion draft = latest();
        if (draft.status() != AgreementStatus.DRAFT) {
            throw new InvalidInput("version", "input.no-draft", draft.number(), draft.status().json());
        }
        boolean providerSide = accountId != null && Objects.equals(accountId, providerOwner);
        boolean customerSide = accountId != null && Objects.equals(accountId, customerOwner);
        if (!providerSide && !customerSide) {
            throw new NotPermitted("not-permitted.confirm-owners");
        }
        if (draft.confirm(providerSide, customerSide, accountId, now)) {
            versions.stream().filter(v -> v.status() == AgreementStatus.AGREED).forEach(AgreementVersion::superseded);
            draft.agreed();
            agreedVersion = draft.number();
        }
        updatedAt = now;
        restand();
    }

    /**
     * The checklist of the latest version, agreed or not: what a change that gives none
     * keeps.
     */
    public List<String> latestChecklist() {
        return latest().terms().checklist();
    }

    public Owners owners() {
        return new Owners(providerOwner, customerOwner, executiveSponsor);
    }

    public boolean isOwnedBy(String accountId) {
        return accountId != null && (accountId.equals(providerOwner) || accountId.equals(customerOwner));
    }

    private void restand() {
        AgreementVersion latest = latest();
        if (agreedVersion == null) {
            standing = latest.terms().isEmpty() && latest.number() == 1 ? Standing.NONE : Standing.DRAFT;
        }
        else {
            standing = latest.status() == AgreementStatus.DRAFT ? Standing.AGREED_DRAFT_PENDING : Standing.AGREED;
        }
    }

    private AgreementVersion latest() {
        return versions.stream().max(Comparator.comparingInt(AgreementVersion::number)).orElseThrow();
    }

    public String id() {
        return id;
    }

    public String providerId() {
        return providerId;
    }

    public String customerId() {
        return customerId;
    }

    public RelationshipView view(DepartmentRef provider, DepartmentRef customer, boolean withVersions) {
        AgreementView agreed = versions.stream()
            .filter(v -> v.status() == AgreementStatus.AGREED)
            .findFirst()
            .map(AgreementVersion::view)
            .orElse(null);
        AgreementVersion latest = latest();
        AgreementView draft = latest.status() == AgreementStatus.DRAFT ? latest.view() : null;
        List<AgreementView> history = withVersions ? versions.stream()
            .sorted(Comparator.comparingInt(AgreementVersion::number).reversed())
            .map(AgreementVersion::view)
            .toList() : null;
        return new RelationshipView(id, provider, customer, providerOwner, customerOwner, executiveSponsor, standing,
                agreed, draft, history, createdAt);
    }

}
