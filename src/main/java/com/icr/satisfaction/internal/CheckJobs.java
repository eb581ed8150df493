package com.icr.satisfaction.internal;

import com.icr.satisfaction.Notice;
import com.icr.satisfaction.Notifier;
import com.icr.tenant.TenantManagement;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import com.icr.department.DepartmentManagement;
import com.icr.department.DepartmentName;
import com.icr.intake.DeliveryHandler;
import com.icr.intake.Payloads;
import com.icr.request.IssueTracker;
import com.icr.request.JqlVerdict;
import com.icr.tenant.SitePermissions;
import com.icr.tenant.TenantId;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.BiConsumer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The scheduled jobs of a check, as intake topics: asking (after the policy's delay, or
 * when the people to ask need the tracker), the reminder and the expiry, each due at its
 * time; and the notices' outbox.
 */
@Configuration
class CheckJobs {

    private static final Logger log = LoggerFactory.getLogger(CheckJobs.class);

    private final SatisfactionChecks checks;

    private final Payloads json;

    CheckJobs(SatisfactionChecks checks, Payloads json) {
        this.checks = checks;
        this.json = json;
    }

    @Bean
    DeliveryHandler askJob(IssueTracker tracker, SitePermissions permissions, DepartmentManagement departments) {
        return job(SatisfactionChecks.ASK, (tenantId, checkId) -> checks.toAsk(tenantId, checkId).ifPresent(toAsk -> {
            if (toAsk.jqlFilter() != null) {
                JqlVerdict verdict = tracker.match(tenantId, toAsk.issueId(), toAsk.jqlFilter());
                if (!verdict.matches()) {
                    if (verdict.rejected()) {
                        log.warn("Jira rejected site {}'s satisfaction filter: check {} was not asked", tenantId,
                                checkId);
                    }
                    checks.filteredOut(tenantId, checkId, verdict);
                    return;
                }
            }
            checks.ask(tenantId, checkId, toAsk.mode() == Asked.REPORTER ? reporter(toAsk)
                    : customerMembers(tracker, permissions, departments, tenantId, toAsk));
        }));
    }

    @Bean
    DeliveryHandler remindJob() {
        return job(SatisfactionChecks.REMIND, checks::remind);
    }

    @Bean
    DeliveryHandler expireJob() {
        return job(SatisfactionChecks.EXPIRE, checks::expire);
    }

    /**
     * Sends the outbox's notices; a site without an active licence gets none: the notice
     * is dropped (the log says why), the change that asked for it stays applied.
     */
    @Bean
    DeliveryHandler noticeSender(Notifier notifier, TenantManagement tenants) {
        return new DeliveryHandler() {
            @Override
            public String topic() {
                return NoticeOutbox.TOPIC;
            }

            @Override
            public void handle(TenantId tenantId, String payload) {
                Notice notice = json.read(payload, Notice.class);
                if (!tenants.licenceOf(tenantId).licensed()) {
                    log.info("Site {} has no active licence: a notice to {} people was not sent", tenantId,
                            notice.to().size());
                    return;
                }
                notifier.send(tenantId, notice);
            }
        };
    }

    private static List<String> reporter(SatisfactionChecks.ToAsk toAsk) {
        return toAsk.reporter() == null ? List.of() : List.of(toAsk.reporter());
    }

    /**
     * The reporter and the issue's watchers who belong to the customer department, by
     * their groups in Jira.
     */
    private static List<String> customerMembers(IssueTracker tracker, SitePermissions permissions,
            DepartmentManagement departments, TenantId tenantId, SatisfactionChecks.ToAsk toAsk) {
        Set<String> people = new LinkedHashSet<>(reporter(toAsk));
        for (String watcher : tracker.watchersOf(tenantId, toAsk.issueId())) {
            if (people.size() >= SatisfactionCheck.MAX_ASKED) {
                break;
            }
            List<String> groups = permissions.groupsOf(tenantId, watcher);
            if (departments.withMemberGroups(tenantId, groups)
                .stream()
                .map(DepartmentName::id)
                .anyMatch(toAsk.customerId()::equals)) {
                people.add(watcher);
            }
        }
        return new ArrayList<>(people);
    }

    private DeliveryHandler job(String topic, BiConsumer<TenantId, String> run) {
        return new DeliveryHandler() {
            @Override
            public String topic() {
                return topic;
            }

            @Override
            public void handle(TenantId tenantId, String payload) {
                run.accept(tenantId, json.read(payload, SatisfactionChecks.Job.class).checkId());
            }
        };
    }

}
