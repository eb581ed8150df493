package com.icr.tenant;

import com.icr.core.ProjectKey;
import java.util.List;

/**
 * What an administrator chooses from when they name people, groups, projects and
 * components: the site's product searched as they type (port; jira implements it, the
 * preview has its own). At most {@value #MAX_RESULTS} entries, the first ones for an
 * empty query; a failure to reach the product is {@link com.icr.core.HostUnavailable}.
 */
public interface SiteDirectory {

    int MAX_RESULTS = 20;

    /** Active people (no apps, no closed accounts) whose name or email matches. */
    List<DirectoryEntry> users(TenantId site, String query);

    List<DirectoryEntry> groups(TenantId site, String query);

    List<DirectoryEntry> projects(TenantId site, String query);

    /**
     * The project's components whose name contains the query; none for a project the site
     * lacks.
     */
    List<DirectoryEntry> components(TenantId site, ProjectKey project, String query);

}
