package com.icr.review.internal;

import com.icr.review.ReviewManagement;
import com.icr.review.ReviewView;
import com.icr.review.SponsorNoteView;
import com.icr.department.DepartmentManagement;
import com.icr.department.Member;
import com.icr.relationship.Sides;
import com.icr.relationship.RelationshipManagement;
import com.icr.relationship.RelationshipView;
import com.icr.tenant.Caller;
import com.icr.core.NotPermitted;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/reviews}: the quarterly review everyone on the site reads; the sponsor's notes, which only the sponsor writes. */
@RestController
class ReviewController {

    private final ReviewManagement reviews;
    private final SponsorNotes notes;
    private final RelationshipManagement relationships;
    private final DepartmentManagement departments;

    ReviewController(ReviewManagement reviews, SponsorNotes notes, RelationshipManagement relationships, DepartmentManagement departments) {
        this.reviews = reviews;
        this.notes = notes;
        this.relationships = relationships;
        this.departments = departments;
    }

    @GetMapping("/api/reviews")
    ReviewView review(Caller caller, @RequestParam(required = false) String relationship, @RequestParam(required = false) String department,
                      @RequestParam(required = false) String quarter) {
        return reviews.review(caller.tenantId(), relationship, department, quarter, departments.readerOf(caller));
    }

    record Note(String text) {
    }

    @PutMapping("/api/relationships/{id}/sponsor-notes/{quarter}")
    SponsorNoteView write(Caller caller, @PathVariable String id, @PathVariable String quarter, @RequestBody(required = false) Note body) {
        RelationshipView relationship = relationships.get(caller.tenantId(), id);
        Member member = departments.memberOf(caller);
        if (!Sides.isSponsor(member, relationship) && !member.administrator()) {
            throw new NotPermitted("Only the executive sponsor of " + ReviewManagement.nameOf(relationship) + " (or a Jira administrator) writes its notes.");
        }
        return notes.write(caller.tenantId(), relationship, quarter, body == null ? null : body.text(), caller.accountId().orElse(null));
    }
}
