package com.icr.alignment;

import com.icr.tenant.SitePurging;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** A purged site's alignment rows go in the purge's transaction, before the relationships they refer to. */
@Component
class AlignmentPurge {

    private final Objectives objectives;
    private final Measures measures;
    private final ReviewItems items;
    private final SponsorNotes notes;

    AlignmentPurge(Objectives objectives, Measures measures, ReviewItems items, SponsorNotes notes) {
        this.objectives = objectives;
        this.measures = measures;
        this.items = items;
        this.notes = notes;
    }

    @EventListener
    void purge(SitePurging event) {
        measures.purge(event.tenantId());
        objectives.purge(event.tenantId());
        items.purge(event.tenantId());
        notes.purge(event.tenantId());
    }
}
