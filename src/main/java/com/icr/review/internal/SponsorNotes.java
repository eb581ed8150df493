package com.icr.review.internal;

import com.icr.review.ReviewManagement;
import com.icr.review.SponsorNoteView;
import org.springframework.context.event.EventListener;
import com.icr.tenant.SitePurging;
import com.icr.core.Quarter;
import com.icr.core.TextInput;
import com.icr.core.Period;
import com.icr.relationship.RelationshipView;
import com.icr.tenant.TenantId;
import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.function.Function;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The executive sponsor's notes, per relationship and quarter. */
@Service
public class SponsorNotes {

    private final SponsorNoteRepository notes;

    private final Clock clock;

    public SponsorNotes(SponsorNoteRepository notes, Clock clock) {
        this.notes = notes;
        this.clock = clock;
    }

    /** Writes the quarter's note (an empty text is a 400: the note is the point). */
    @Transactional
    public SponsorNoteView write(TenantId tenantId, RelationshipView relationship, String quarter, String text,
            String accountId) {
        Period period = Quarter.parse("quarter", quarter, clock).period();
        String body = TextInput.required("text", text, SponsorNote.MAX_TEXT);
        SponsorNote note = notes.findByTenantIdAndRelationshipIdAndQuarter(tenantId, relationship.id(), period.key())
            .orElseGet(() -> new SponsorNote(tenantId, relationship.id(), period.key()));
        note.write(body, accountId, clock.instant());
        return notes.saveAndFlush(note).view(ReviewManagement.nameOf(relationship));
    }

    @Transactional(readOnly = true)
    public List<SponsorNoteView> forQuarter(TenantId tenantId, Collection<String> relationshipIds, Period quarter,
            Function<String, String> relationshipNames) {
        if (relationshipIds.isEmpty()) {
            return List.of();
        }
        return notes.findByTenantIdAndQuarterAndRelationshipIdIn(tenantId, quarter.key(), relationshipIds)
            .stream()
            .map(n -> n.view(relationshipNames.apply(n.relationshipId())))
            .toList();
    }

    /** A purged site's rows go in the purge's transaction. */
    @EventListener
    public void purge(SitePurging purging) {
        TenantId tenantId = purging.tenantId();
        notes.deleteOf(tenantId);
    }

}
