package com.icr.preview;

import com.icr.connect.BridgeLocation;
import com.icr.connect.PageTemplates;
import com.icr.jira.JiraIssueTracker;
import com.icr.privacy.AccountReport;
import com.icr.privacy.AccountReporting;
import org.springframework.core.annotation.Order;
import com.icr.jira.JiraPermissions;
import com.icr.jira.JiraDirectory;
import com.icr.jira.JiraPeople;
import com.icr.core.AccountId;
import com.icr.core.ProjectKey;
import com.icr.tenant.DirectoryEntry;
import com.icr.tenant.People;
import com.icr.tenant.Person;
import com.icr.tenant.SiteDirectory;
import java.util.LinkedHashMap;
import java.util.Map;
import com.icr.request.IssueEvent;
import com.icr.request.IssueTracker;
import com.icr.request.JqlVerdict;
import com.icr.request.RequestSummary;
import com.icr.satisfaction.Notifier;
import com.icr.tenant.Caller;
import com.icr.tenant.IssueAccess;
import com.icr.tenant.SitePermissions;
import com.icr.tenant.TenantId;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.Optional;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;

/**
 * While the preview is on, the ports the domain asks of a host answer the demo site from
 * {@link DemoJira} (its people and pickers from {@link DemoPeople}) and pass every other
 * site on to its real Jira. The demo site has no Jira to email or to write entity
 * properties to: its notices and summaries go nowhere. Its pages load the Connect bridge
 * from the app itself, so the preview works without a network. Without the preview, none
 * of this exists.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(PreviewActivation.class)
class PreviewPorts {

    /**
     * The demo site's people are nobody Atlassian knows: its personal data reports are
     * answered here (nothing to do), before any front door is asked.
     */
    @Bean
    @Order(0)
    AccountReporting demoAccountReporting(DemoJira demo) {
        return (tenantId, accounts) -> demo.isDemo(tenantId) ? Optional.of(AccountReport.nothingToDo(null))
                : Optional.empty();
    }

    @Bean
    @Primary
    IssueTracker demoIssueTracker(DemoJira demo, JiraIssueTracker jira) {
        return new IssueTracker() {
            @Override
            public Optional<IssueEvent> issue(TenantId tenantId, String issueId) {
                return demo.isDemo(tenantId) ? demo.issue(issueId) : jira.issue(tenantId, issueId);
            }

            @Override
            public List<String> watchersOf(TenantId tenantId, String issueId) {
                return demo.isDemo(tenantId) ? List.of() : jira.watchersOf(tenantId, issueId);
            }

            @Override
            public void publish(TenantId tenantId, String issueId, RequestSummary summary) {
                if (!demo.isDemo(tenantId)) {
                    jira.publish(tenantId, issueId, summary);
                }
            }

            /** The demo site has no JQL engine: every demo issue matches any filter. */
            @Override
            public JqlVerdict match(TenantId tenantId, String issueId, String jql) {
                return demo.isDemo(tenantId) ? JqlVerdict.matched(true) : jira.match(tenantId, issueId, jql);
            }

            @Override
            public List<String> objectionsTo(TenantId tenantId, String jql) {
                return demo.isDemo(tenantId) ? List.of() : jira.objectionsTo(tenantId, jql);
            }
        };
    }

    @Bean
    @Primary
    Notifier demoNotifier(DemoJira demo, JiraIssueTracker jira) {
        return (tenantId, notice) -> {
            if (!demo.isDemo(tenantId)) {
                jira.send(tenantId, notice);
            }
        };
    }

    @Bean
    @Primary
    SitePermissions demoPermissions(DemoJira demo, JiraPermissions jira) {
        return new SitePermissions() {
            @Override
            public boolean isAdministrator(Caller caller) {
                if (!demo.isDemo(caller.tenantId())) {
                    return jira.isAdministrator(caller);
                }
                return caller.accountId().map(demo::isAdministrator).orElse(false);
            }

            @Override
            public IssueAccess issueAccess(Caller caller, String issueId) {
                if (!demo.isDemo(caller.tenantId())) {
                    return jira.issueAccess(caller, issueId);
                }
                return caller.accountId()
                    .map(id -> new IssueAccess(demo.isAdministrator(id), true))
                    .orElse(IssueAccess.NONE);
            }

            /** On the demo site everyone with a user browses every issue. */
            @Override
            public Set<String> browsable(Caller caller, Collection<String> issueIds) {
                if (!demo.isDemo(caller.tenantId())) {
                    return jira.browsable(caller, issueIds);
                }
                return caller.accountId().isEmpty() ? Set.of() : Set.copyOf(issueIds);
            }

            @Override
            public List<String> groupsOf(TenantId tenantId, String accountId) {
                return demo.isDemo(tenantId) ? demo.groupsOf(accountId) : jira.groupsOf(tenantId, accountId);
            }
        };
    }

    /** The demo site's people are named, with avatars, by the demo site's Jira. */
    @Bean
    @Primary
    People demoPeople(DemoJira demo, JiraPeople jira) {
        return (tenantId, accounts) -> {
            if (!demo.isDemo(tenantId)) {
                return jira.of(tenantId, accounts);
            }
            Map<AccountId, Person> people = new LinkedHashMap<>();
            accounts.forEach(account -> people.put(account, DemoPeople.of(account)));
            return people;
        };
    }

    /** The demo site's pickers search its people, groups, projects and components. */
    @Bean
    @Primary
    SiteDirectory demoDirectory(DemoJira demo, JiraDirectory jira) {
        return new SiteDirectory() {
            @Override
            public List<DirectoryEntry> users(TenantId site, String query) {
                return demo.isDemo(site) ? DemoPeople.users(query) : jira.users(site, query);
            }

            @Override
            public List<DirectoryEntry> groups(TenantId site, String query) {
                return demo.isDemo(site) ? DemoPeople.groups(query) : jira.groups(site, query);
            }

            @Override
            public List<DirectoryEntry> projects(TenantId site, String query) {
                return demo.isDemo(site) ? DemoPeople.projects(query) : jira.projects(site, query);
            }

            @Override
            public List<DirectoryEntry> components(TenantId site, ProjectKey project, String query) {
                return demo.isDemo(site) ? DemoPeople.components(project, query)
                        : jira.components(site, project, query);
            }
        };
    }

    @Bean
    @Primary
    BridgeLocation demoBridge() {
        return clientKey -> DemoSite.isDemo(clientKey) ? DemoSite.LOCAL_BRIDGE : PageTemplates.CONNECT_ALL_JS;
    }

}
