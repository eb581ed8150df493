package com.icr.department.internal;

import com.icr.department.DepartmentView;
import com.icr.tenant.TenantId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import javax.persistence.CollectionTable;
import javax.persistence.Column;
import javax.persistence.ElementCollection;
import javax.persistence.Entity;
import javax.persistence.FetchType;
import javax.persistence.Id;
import javax.persistence.JoinColumn;
import javax.persistence.OrderColumn;
import javax.persistence.Table;
import javax.persistence.Version;

/**
 * A team or function of the site, which provides work to other departments and asks work
 * of them.
 */
@Entity
@Table(name = "department")
public class Department {

    @Id
    private String id;

    @Column(name = "tenant_id", nullable = false)
    private TenantId tenantId;

    @Column(nullable = false)
    private String name;

    /** Lower-case name, unique per tenant: "Sales" and "sales" are one department. */
    @Column(name = "name_key", nullable = false)
    private String nameKey;

    @Column(nullable = false)
    private String description;

    @Column(name = "lead_account_id")
    private String leadAccountId;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "department_project", joinColumns = @JoinColumn(name = "department_id"))
    @OrderColumn(name = "position")
    private List<ProvidedProject> projects = new ArrayList<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "department_group", joinColumns = @JoinColumn(name = "department_id"))
    @OrderColumn(name = "position")
    private List<MemberGroup> groups = new ArrayList<>();

    @Column(nullable = false)
    private boolean archived;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected Department() {
    }

    public Department(TenantId tenantId, DepartmentDraft draft, Instant now) {
        this.id = UUID.randomUUID().toString();
        this.tenantId = tenantId;
        this.createdAt = now;
        change(draft, now);
    }

    public void change(DepartmentDraft draft, Instant now) {
        this.name = draft.name();
        this.nameKey = keyOf(draft.name());
        this.description = draft.description();
        this.leadAccountId = draft.leadAccountId();
        this.projects.clear();
        draft.projects().forEach(p -> projects.add(new ProvidedProject(tenantId, p)));
        this.groups.clear();
        draft.groups().forEach(g -> groups.add(new MemberGroup(tenantId, g)));
        this.updatedAt = now;
    }

    /**
     * Kept, with everything that refers to it, but no longer offered for new
     * relationships.
     */
    public void archive(Instant now) {
        this.archived = true;
        this.updatedAt = now;
    }

    public static String keyOf(String name) {
        return name.trim().toLowerCase(Locale.ROOT);
    }

    public DepartmentView view() {
        return new DepartmentView(id, name, description, leadAccountId,
                projects.stream().map(ProvidedProject::mapping).toList(),
                groups.stream().map(MemberGroup::groupName).toList(), archived, createdAt, updatedAt);
    }

    public String id() {
        return id;
    }

    public String name() {
        return name;
    }

    public String leadAccountId() {
        return leadAccountId;
    }

    public boolean isArchived() {
        return archived;
    }

}
