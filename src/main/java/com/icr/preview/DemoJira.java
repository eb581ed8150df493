package com.icr.preview;

import com.icr.request.IssueEvent;
import com.icr.tenant.TenantId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;
import org.springframework.stereotype.Component;

/**
 * The demo site's Jira, held in memory: its issues (each as its latest change), the
 * groups of its accounts and its administrators. The preview's ports answer the demo site
 * from here; every other site is asked of its real Jira.
 */
@Component
class DemoJira {

    private record Site(TenantId tenantId, Map<String, IssueEvent> issues, Map<String, List<String>> groups,
            Set<String> administrators) {
    }

    private final AtomicReference<Site> site = new AtomicReference<>();

    void hold(TenantId tenantId, Map<String, IssueEvent> issues, Map<String, List<String>> groups,
            Set<String> administrators) {
        site.set(new Site(tenantId, new ConcurrentHashMap<>(issues), Map.copyOf(groups), Set.copyOf(administrators)));
    }

    /** Whether this tenant is the demo site (set up by {@link DemoSiteSetup}). */
    boolean isDemo(TenantId tenantId) {
        Site demo = site.get();
        return demo != null && demo.tenantId().equals(tenantId);
    }

    Optional<IssueEvent> issue(String issueId) {
        return Optional.ofNullable(site.get().issues().get(issueId));
    }

    List<String> groupsOf(String accountId) {
        return site.get().groups().getOrDefault(accountId, List.of());
    }

    boolean isAdministrator(String accountId) {
        return site.get().administrators().contains(accountId);
    }

}
