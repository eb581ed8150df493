package com.icr.review.internal;

import com.icr.review.MyRelationshipsView;
import com.icr.review.ReviewManagement;
import com.icr.tenant.Caller;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/me/relationships}: the Jira dashboard gadget "My internal customers", for
 * anyone signed in to the site.
 */
@RestController
@Tag(name = "alignment")
class MyRelationshipsController {

    private final ReviewManagement reviews;

    MyRelationshipsController(ReviewManagement reviews) {
        this.reviews = reviews;
    }

    @Operation(summary = "The caller's relationships (owner of a side, executive sponsor, owner of a review entry) "
            + "with the current quarter's figures and what needs the caller in each")
    @ApiResponse(responseCode = "200",
            description = "The relationships, those that need the caller first; empty when the caller has none")
    @GetMapping("/api/me/relationships")
    MyRelationshipsView mine(Caller caller) {
        return reviews.relationshipsOf(caller);
    }

}
