package com.icr.alignment;

import com.icr.department.DepartmentDirectory;
import com.icr.department.DepartmentManagement;
import com.icr.department.DepartmentName;
import com.icr.relationship.RelationshipView;
import com.icr.tenant.Caller;
import com.icr.core.HostUnavailable;
import com.icr.tenant.SitePermissions;
import com.icr.core.NotPermitted;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Who the caller is to a relationship: a member of its provider or customer department (by the department's
 * groups, as its lead, or as the relationship's owner on that side), its executive sponsor, or a Jira
 * administrator. Asks Jira (groups, administrators) outside any transaction.
 */
@Component
class Sides {

    private final DepartmentDirectory directory;
    private final DepartmentManagement departments;
    private final SitePermissions permissions;

    Sides(DepartmentDirectory directory, DepartmentManagement departments, SitePermissions permissions) {
        this.directory = directory;
        this.departments = departments;
        this.permissions = permissions;
    }

    /** The caller, once: their departments and whether they administer the site. Jira must answer (503 if not). */
    Member of(Caller caller) {
        return member(caller, true);
    }

    /**
     * The caller for a read, which must not fail because Jira cannot say their groups (a site with only
     * Confluence installed, Jira rate limiting): then only leads and owners count as members, and nobody as
     * an administrator; the review shows fewer forms, its content is the same.
     */
    Member ofReader(Caller caller) {
        return member(caller, false);
    }

    private Member member(Caller caller, boolean jiraRequired) {
        boolean administrator;
        List<String> groups = List.of();
        String account = caller.accountId().orElse(null);
        try {
            administrator = permissions.isAdministrator(caller);
            if (account != null) {
                groups = permissions.groupsOf(caller.tenantId(), account);
            }
        } catch (HostUnavailable e) {
            if (jiraRequired) {
                throw e;
            }
            administrator = false;
        }
        Set<String> member = new HashSet<>();
        if (account != null) {
            directory.withMemberGroups(caller.tenantId(), groups).stream()
                    .map(DepartmentName::id).forEach(member::add);
            departments.list(caller.tenantId(), false).stream().filter(d -> account.equals(d.leadAccountId()))
                    .forEach(d -> member.add(d.id()));
        }
        return new Member(account, administrator, Set.copyOf(member));
    }

    /** The caller as far as alignment cares. */
    record Member(String accountId, boolean administrator, Set<String> departmentIds) {

        Set<Side> sidesOf(RelationshipView relationship) {
            Set<Side> sides = EnumSet.noneOf(Side.class);
            if (accountId == null) {
                return sides;
            }
            if (departmentIds.contains(relationship.provider().id()) || accountId.equals(relationship.providerOwnerAccountId())) {
                sides.add(Side.PROVIDER);
            }
            if (departmentIds.contains(relationship.customer().id()) || accountId.equals(relationship.customerOwnerAccountId())) {
                sides.add(Side.CUSTOMER);
            }
            return sides;
        }

        boolean sponsorOf(RelationshipView relationship) {
            return accountId != null && accountId.equals(relationship.executiveSponsorAccountId());
        }

        /** Only the relationship's two departments, and administrators, change its entries. */
        void requireSide(RelationshipView relationship, String what) {
            if (!administrator && sidesOf(relationship).isEmpty()) {
                throw new NotPermitted("Only people of " + relationship.provider().name() + " or " + relationship.customer().name()
                        + " (and Jira administrators) may " + what + ".");
            }
        }

        void requireAdministrator(String what) {
            if (!administrator) {
                throw new NotPermitted("Only Jira administrators may " + what + ".");
            }
        }
    }
}
