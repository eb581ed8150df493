package com.icr.department;

import com.icr.tenant.SitePurging;
import com.icr.tenant.SiteRevisions;
import com.icr.tenant.TenantId;
import com.icr.core.InvalidInput;
import com.icr.core.NotFound;
import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The department module's facade: every read and write is scoped to the caller's tenant. */
@Service
public class DepartmentManagement {

    private final DepartmentRepository departments;
    private final List<DepartmentUsage> usages;
    private final SiteRevisions revisions;
    private final Clock clock;

    DepartmentManagement(DepartmentRepository departments, List<DepartmentUsage> usages, SiteRevisions revisions, Clock clock) {
        this.departments = departments;
        this.usages = usages;
        this.revisions = revisions;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<DepartmentView> list(TenantId tenantId, boolean includeArchived) {
        return departments.findByTenantIdOrderByNameKey(tenantId).stream()
                .filter(d -> includeArchived || !d.isArchived())
                .map(Department::view)
                .toList();
    }

    @Transactional(readOnly = true)
    public List<DepartmentName> names(TenantId tenantId) {
        return departments.namesOf(tenantId);
    }

    @Transactional(readOnly = true)
    public DepartmentView get(TenantId tenantId, String id) {
        return find(tenantId, id).view();
    }

    @Transactional(readOnly = true)
    public Optional<DepartmentName> findName(TenantId tenantId, String id) {
        return departments.findByTenantIdAndId(tenantId, id).map(d -> new DepartmentName(d.id(), d.name(), d.isArchived()));
    }

    @Transactional(readOnly = true)
    public Optional<DepartmentName> findByName(TenantId tenantId, String name) {
        return departments.findByTenantIdAndNameKey(tenantId, Department.keyOf(name))
                .map(d -> new DepartmentName(d.id(), d.name(), d.isArchived()));
    }

    @Transactional(readOnly = true)
    public List<DepartmentName> namesOf(TenantId tenantId, Collection<String> ids) {
        return ids.isEmpty() ? List.of() : departments.namesOf(tenantId, ids);
    }

    @Transactional
    public DepartmentView create(TenantId tenantId, DepartmentRequest request) {
        return createNamed(tenantId, DepartmentDraft.of(request)).view();
    }

    /** For a CSV import, inside its transaction: a department known only by its name. */
    @Transactional
    public DepartmentName createNamed(TenantId tenantId, String name) {
        Department created = createNamed(tenantId, DepartmentDraft.named(name));
        return new DepartmentName(created.id(), created.name(), false);
    }

    private Department createNamed(TenantId tenantId, DepartmentDraft draft) {
        if (departments.existsByTenantIdAndNameKey(tenantId, Department.keyOf(draft.name()))) {
            throw new InvalidInput("name", "a department named '" + draft.name() + "' already exists");
        }
        revisions.changed(tenantId);
        return departments.saveAndFlush(new Department(tenantId, draft, clock.instant()));
    }

    @Transactional
    public DepartmentView update(TenantId tenantId, String id, DepartmentRequest request) {
        Department department = find(tenantId, id);
        DepartmentDraft draft = DepartmentDraft.of(request);
        if (departments.existsByTenantIdAndNameKeyAndIdNot(tenantId, Department.keyOf(draft.name()), id)) {
            throw new InvalidInput("name", "a department named '" + draft.name() + "' already exists");
        }
        department.change(draft, clock.instant());
        departments.flush();
        revisions.changed(tenantId);
        return department.view();
    }

    /** Deletes a department nothing refers to; archives one that something does. */
    @Transactional
    public DepartmentRemoval remove(TenantId tenantId, String id) {
        Department department = find(tenantId, id);
        revisions.changed(tenantId);
        if (usages.stream().anyMatch(u -> u.refersTo(tenantId, id))) {
            department.archive(clock.instant());
            return DepartmentRemoval.ARCHIVED;
        }
        departments.delete(department);
        return DepartmentRemoval.DELETED;
    }

    private Department find(TenantId tenantId, String id) {
        return departments.findByTenantIdAndId(tenantId, id).orElseThrow(() -> new NotFound("Department " + id));
    }

    /** After the modules that refer to departments have deleted their rows (they listen with a lower order). */
    @EventListener
    @Order(100)
    void purge(SitePurging event) {
        departments.findByTenantIdOrderByNameKey(event.tenantId()).forEach(departments::delete);
    }
}
