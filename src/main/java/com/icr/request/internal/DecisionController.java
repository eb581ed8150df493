package com.icr.request.internal;

import com.icr.core.Quarter;
import com.icr.relationship.RelationshipManagement;
import com.icr.tenant.Caller;
import java.time.Clock;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/relationships/{id}/decisions}: the yes/no tab; everyone on the site reads it. */
@RestController
class DecisionController {

    private final RelationshipManagement relationships;
    private final RequestCounts counts;
    private final Clock clock;

    DecisionController(RelationshipManagement relationships, RequestCounts counts, Clock clock) {
        this.relationships = relationships;
        this.counts = counts;
        this.clock = clock;
    }

    @GetMapping("/api/relationships/{id}/decisions")
    DecisionSummary decisions(Caller caller, @PathVariable String id, @RequestParam(required = false) String period) {
        return counts.decisionsOf(caller.tenantId(), id, relationships.pairOf(caller.tenantId(), id), Quarter.parse("period", period, clock).period());
    }
}
