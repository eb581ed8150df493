package com.icr.digest;

import com.icr.core.HostUnavailable;
import com.icr.core.Period;
import com.icr.intake.DeliveryHandler;
import com.icr.relationship.RelationshipView;
import com.icr.tenant.TenantId;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Writes the digest pages. Every node looks each {@code icr.digest.tick} for the latest
 * Monday's run and records it for each site whose digest is on: the delivery key
 * ({@code digest:week-<Monday>}) makes it one per site and period across nodes, and the
 * intake's lease has one node work it off. A page the run wrote already
 * ({@code digest_page.last_period}) is not written again when the delivery is retried or
 * handed over. A rate limit or an outage of Confluence is retried by the intake's
 * backoff; a refusal for good (space deleted, no permission) ends the run as failed, with
 * its reason on the admin page. Neither a token nor a page's body is ever logged.
 */
@Component
class DigestJob implements DeliveryHandler {

    private static final Logger log = LoggerFactory.getLogger(DigestJob.class);

    private final DigestManagement digests;

    DigestJob(DigestManagement digests) {
        this.digests = digests;
    }

    @Scheduled(fixedDelayString = "${icr.digest.tick:PT5M}", initialDelayString = "${icr.digest.tick:PT5M}")
    void tick() {
        try {
            digests.schedule(DigestSchedule.lastRun(digests.clock().instant()));
        }
        catch (RuntimeException e) {
            log.warn("Scheduling the digests failed: {}", e.toString());
        }
    }

    @Override
    public String topic() {
        return DigestManagement.TOPIC;
    }

    /** {@code payload}: the run's key and its day ({@code <key>|<yyyy-mm-dd>}). */
    @Override
    public void handle(TenantId tenantId, String payload) {
        String[] parts = payload.split("\\|", 2);
        String runKey = parts[0];
        LocalDate day = LocalDate.parse(parts[1]);
        boolean now = runKey.startsWith("now-");
        Optional<DigestManagement.Settings> settings = digests.settings(tenantId);
        if (settings.isEmpty() || (!now && !settings.get().enabled())) {
            return; // switched off since it was scheduled
        }
        String spaceKey = settings.get().spaceKey();
        LocalDate from = now ? day.minusDays(6) : day.minusWeeks(1);
        LocalDate to = now ? day : day.minusDays(1);
        digests.runStarted(tenantId, runKey, from, to);
        try {
            Map<String, Frequency> frequencies = digests.frequencies(tenantId);
            for (RelationshipView relationship : digests.relationships(tenantId)) {
                Frequency frequency = frequencies.getOrDefault(relationship.id(), Frequency.WEEKLY);
                Optional<Period> period = now ? Optional.of(DigestSchedule.now(frequency, day))
                        : DigestSchedule.scheduled(frequency, day);
                if (period.isEmpty()) {
                    continue;
                }
                Optional<DigestManagement.KnownPage> known = digests.pageOf(tenantId, relationship.id());
                if (known.isPresent() && known.get().lastRun().equals(runKey)) {
                    continue; // written by an earlier attempt of this run
                }
                DigestContent content = digests.contentOf(tenantId, relationship, period.get());
                DigestPage page = DigestPage.of(content, digests.clock().instant());
                String knownId = known.filter(k -> k.spaceKey().equals(spaceKey))
                    .map(DigestManagement.KnownPage::pageId)
                    .orElse(null);
                DigestPages.Written written = digests.pages()
                    .write(tenantId, new DigestPages.PageDraft(spaceKey, DigestPage.PARENT_TITLE, knownId, page.title(),
                            page.body(), content.readers()));
                digests.pageWritten(tenantId, relationship.id(), spaceKey, written, runKey);
            }
        }
        catch (DigestPages.Refused e) {
            log.info("Digest {} of site {} failed for good: {}", runKey, tenantId, e.reason());
            digests.runEnded(tenantId, runKey, "FAILED", e.reason(), e.status());
            return;
        }
        catch (HostUnavailable e) {
            digests.runEnded(tenantId, runKey, "RETRYING", reasonOf(e), statusOf(e));
            throw e;
        }
        catch (RuntimeException e) {
            digests.runEnded(tenantId, runKey, "RETRYING", "unavailable", null);
            throw e;
        }
        digests.runEnded(tenantId, runKey, "DONE", null, null);
    }

    /**
     * Why Confluence could not be reached: its rate limit
     * ({@code host.confluence-slow-down}, with the status as the first argument) or
     * anything else.
     */
    private static String reasonOf(HostUnavailable e) {
        return e.messageKey().equals("host.confluence-slow-down-to") ? "rate-limited" : "unavailable";
    }

    private static Integer statusOf(HostUnavailable e) {
        Object[] arguments = e.messageArguments();
        return arguments.length > 0 && arguments[0] instanceof Integer status ? status : null;
    }

}
