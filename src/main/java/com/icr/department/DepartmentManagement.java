package com.icr.department;

import com.icr.department.internal.Department;
import com.icr.department.internal.DepartmentDirectory;
import com.icr.department.internal.DepartmentDraft;
import com.icr.department.internal.DepartmentRepository;
import com.icr.core.HostUnavailable;
import com.icr.tenant.Caller;
import com.icr.tenant.SitePermissions;
import com.icr.core.OverLimit;
import java.util.HashSet;
import java.util.Set;

import com.icr.tenant.SitePurging;
import com.icr.tenant.TenantManagement;
import com.icr.tenant.TenantId;
import com.icr.core.InvalidInput;
import com.icr.core.NotFound;
import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The department module's facade: every read and write is scoped to the caller's tenant.
 */
@Service
public class DepartmentManagement {

    private final DepartmentRepository departments;

    private final DepartmentDirectory directory;

    private final List<DepartmentUsage> usages;

    private final TenantManagement revisions;

    private final SitePermissions permissions;

    private final Clock clock;

    DepartmentManagement(DepartmentRepository departments, DepartmentDirectory directory, List<DepartmentUsage> usages,
            TenantManagement revisions, SitePermissions permissions, Clock clock) {
        this.departments = departments;
        this.directory = directory;
        this.usages = usages;
        this.revisions = revisions;
        this.permissions = permissions;
        this.clock = clock;
    }

    /**
     * The department that provides what an issue asks for: by the project, a
     * mapping narrowed to one of its components winning over the whole project; archived
     * departments take no new work.
     */
    public Optional<ProviderMatch> providerFor(TenantId tenantId, String projectKey, Collection<String> componentIds) {
        return directory.providerFor(tenantId, projectKey, componentIds);
    }

    /** The departments that count any of these groups among their members, by name. */
    public List<DepartmentName> withMemberGroups(TenantId tenantId, Collection<String> groups) {
        return directory.withMemberGroups(tenantId, groups);
    }

    public Optional<String> leadOf(TenantId tenantId, String departmentId) {
        return directory.leadOf(tenantId, departmentId);
    }

    /**
     * The caller, once: their departments (by the groups the site's host says they are
     * in, or as lead) and whether they administer the site. The host must answer
     * ({@link HostUnavailable} if not). Never inside a transaction: it asks the host.
     */
    public Member memberOf(Caller caller) {
        return member(caller, true);
    }

    /**
     * The caller for a read, which must not fail because the host cannot say their groups
     * (a site with only Confluence installed, Jira rate limiting): then only leads count
     * as members, and nobody as an administrator; a page shows fewer forms, its content
     * is the same.
     */
    public Member readerOf(Caller caller) {
        return member(caller, false);
    }

    private Member member(Caller caller, boolean hostRequired) {
        boolean administrator;
        List<String> groups = List.of();
        String account = caller.accountId().orElse(null);
        try {
            administrator = permissions.isAdministrator(caller);
            if (account != null) {
                groups = permissions.groupsOf(caller.tenantId(), account);
            }
        }
        catch (HostUnavailable | OverLimit e) {
            if (hostRequired) {
                throw e;
            }
            administrator = false;
        }
        Set<String> member = new HashSet<>();
        if (account != null) {
            directory.withMemberGroups(caller.tenantId(), groups).stream().map(DepartmentName::id).forEach(member::add);
            departments.findByTenantIdOrderByNameKey(caller.tenantId())
                .stream()
                .filter(d -> !d.isArchived() && account.equals(d.leadAccountId()))
                .forEach(d -> member.add(d.id()));
        }
        return new Member(account, administrator, Set.copyOf(member));
    }

    @Transactional(readOnly = true)
    public List<DepartmentView> list(TenantId tenantId, boolean includeArchived) {
        return departments.findByTenantIdOrderByNameKey(tenantId)
            .stream()
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
        return departments.findByTenantIdAndId(tenantId, id)
            .map(d -> new DepartmentName(d.id(), d.name(), d.isArchived()));
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

    /**
     * For a CSV import, inside its transaction: a department known only by its name. The
     * import raises the site's revision once, at its end, so that it does not hold the
     * site's revision lock while its rows apply.
     */
    @Transactional
    public DepartmentName createNamed(TenantId tenantId, String name) {
        Department created = insert(tenantId, DepartmentDraft.named(name));
        return new DepartmentName(created.id(), created.name(), false);
    }

    private Department createNamed(TenantId tenantId, DepartmentDraft draft) {
        revisions.structureChanged(tenantId); // first: the site's row lock makes two
                                              // creates of one name take turns
        return insert(tenantId, draft);
    }

    private Department insert(TenantId tenantId, DepartmentDraft draft) {
        if (departments.existsByTenantIdAndNameKey(tenantId, Department.keyOf(draft.name()))) {
            throw new InvalidInput("name", "input.department-exists", draft.name());
        }
        try {
            return departments.saveAndFlush(new Department(tenantId, draft, clock.instant()));
        }
        catch (DataIntegrityViolationException e) {
            // the unique index (tenant, name key) caught what the check could not see
            throw new InvalidInput("name", "input.department-exists", draft.name());
        }
    }

    @Transactional
    public DepartmentView update(TenantId tenantId, String id, DepartmentRequest request) {
        Department department = find(tenantId, id);
        DepartmentDraft draft = DepartmentDraft.of(request);
        revisions.structureChanged(tenantId);
        if (departments.existsByTenantIdAndNameKeyAndIdNot(tenantId, Department.keyOf(draft.name()), id)) {
            throw new InvalidInput("name", "input.department-exists", draft.name());
        }
        department.change(draft, clock.instant());
        try {
            departments.flush();
        }
        catch (DataIntegrityViolationException e) {
            throw new InvalidInput("name", "input.department-exists", draft.name());
        }
        return department.view();
    }

    /** Deletes a department nothing refers to; archives one that something does. */
    @Transactional
    public DepartmentRemoval remove(TenantId tenantId, String id) {
        Department department = find(tenantId, id);
        revisions.structureChanged(tenantId);
        if (usages.stream().anyMatch(u -> u.refersTo(tenantId, id))) {
            department.archive(clock.instant());
            return DepartmentRemoval.ARCHIVED;
        }
        departments.delete(department);
        return DepartmentRemoval.DELETED;
    }

    private Department find(TenantId tenantId, String id) {
        return departments.findByTenantIdAndId(tenantId, id)
            .orElseThrow(() -> new NotFound("not-found.department", id));
    }

    /**
     * After the modules that refer to departments have deleted their rows (they listen
     * with a lower order).
     */
    @EventListener
    @Order(100)
    void purge(SitePurging event) {
        departments.findByTenantIdOrderByNameKey(event.tenantId()).forEach(departments::delete);
    }

}
