package com.icr.department;

import com.icr.core.NotPermitted;
import java.util.Set;

/**
 * A caller as the departments see them: the departments they belong to (by the
 * department's groups, or as its lead) and whether they administer the site.
 */
public record Member(String accountId, boolean administrator, Set<String> departmentIds) {

    public boolean belongsTo(String departmentId) {
        return departmentIds.contains(departmentId);
    }

    public void requireAdministrator(String refusalKey) {
        if (!administrator) {
            throw new NotPermitted(refusalKey);
        }
    }
}
