package com.icr.privacy;

import com.icr.intake.DeliveryHandler;
import com.icr.intake.Intake;
import com.icr.tenant.TenantId;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Reports the stored accounts. Every node looks each {@code icr.privacy.scan-every} for
 * new account ids and for sites with accounts due, and records one delivery per site and
 * minute: the delivery key makes it one across nodes, and the intake's lease has it
 * reported by one node, resumed by another if that one dies. State lives in
 * {@code account_registry}: a restart continues with what is still due.
 */
@Component
class AccountReportJob implements DeliveryHandler {

    static final String TOPIC = "privacy-report";

    /** Batches one delivery reports before it hands the rest to a new delivery. */
    static final int BATCHES_PER_DELIVERY = 50;

    private static final Logger log = LoggerFactory.getLogger(AccountReportJob.class);

    private final PrivacyManagement privacy;

    private final List<AccountReporting> doors;

    private final Intake intake;

    private final Clock clock;

    /**
     * @param doors every front door's way to the reporting API, in their order: a site
     * installed through two is reported through the first that has it
     */
    AccountReportJob(PrivacyManagement privacy, List<AccountReporting> doors, Intake intake, Clock clock) {
        this.privacy = privacy;
        this.doors = List.copyOf(doors);
        this.intake = intake;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${icr.privacy.scan-every:PT1M}",
            initialDelayString = "${icr.privacy.scan-every:PT1M}")
    void tick() {
        try {
            int added = privacy.registerNew();
            if (added > 0) {
                log.info("{} account ids to report", added);
            }
        }
        catch (DataIntegrityViolationException e) {
            // another node registered the same ids at the same moment: they are
            // registered
            log.debug("Another node registered the new account ids first");
        }
        catch (RuntimeException e) {
            log.warn("Looking for new account ids failed: {}", e.toString());
        }
        try {
            long minute = clock.instant().getEpochSecond() / 60;
            for (TenantId site : privacy.sitesDue()) {
                intake.recordAt(site, TOPIC + ":" + minute, TOPIC, "", clock.instant());
            }
        }
        catch (RuntimeException e) {
            log.warn("Scheduling the sites' account reports failed: {}", e.toString());
        }
    }

    @Override
    public String topic() {
        return TOPIC;
    }

    @Override
    public void handle(TenantId tenantId, String payload) {
        for (int batch = 0; batch < BATCHES_PER_DELIVERY; batch++) {
            List<ReportedAccount> accounts = privacy.claimDue(tenantId);
            if (accounts.isEmpty()) {
                return;
            }
            Optional<AccountReport> report;
            try {
                report = reportThroughDoors(tenantId, accounts);
            }
            catch (RuntimeException e) {
                privacy.release(tenantId, accounts, Duration.ZERO);
                throw e;
            }
            if (report.isEmpty()) {
                log.info("No front door reaches site {} to report its accounts: tried again in a day", tenantId);
                privacy.unreachable(tenantId, accounts);
                continue;
            }
            privacy.reported(tenantId, accounts, report.get());
        }
        intake.record(tenantId, TOPIC + ":more:" + UUID.randomUUID(), TOPIC, "");
    }

    private Optional<AccountReport> reportThroughDoors(TenantId tenantId, List<ReportedAccount> accounts) {
        for (AccountReporting door : doors) {
            Optional<AccountReport> report = door.report(tenantId, accounts);
            if (report.isPresent()) {
                return report;
            }
        }
        return Optional.empty();
    }

}
