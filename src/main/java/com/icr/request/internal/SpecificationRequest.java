package com.icr.request.internal;

import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/**
 * The requester's answer to the checklist: one entry per item, in the checklist's order.
 */
@Schema(name = "SpecificationRequest")
public record SpecificationRequest(@ArraySchema(maxItems = 15) List<EntryBody> items) {

    @Schema(name = "SpecificationEntry")
    public record EntryBody(@Schema(allowableValues = {
            "specified", "not-applicable", "open" }) String state,
            @Schema(nullable = true, maxLength = Specification.MAX_REASON,
                    description = "Why the item does not apply; required for not-applicable") String reason){
    }

    List<Specification.Entry> entries() {
        return items == null ? null
                : items.stream().map(e -> e == null ? null : new Specification.Entry(e.state(), e.reason())).toList();
    }

}
