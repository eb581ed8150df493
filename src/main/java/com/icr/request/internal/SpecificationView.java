package com.icr.request.internal;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/**
 * A request's specification as the issue panel shows it: the checklist of the agreement
 * in force when the request became internal and how far the request specifies it.
 *
 * @param lockedBy what ended changes to it ("decision" or "resolution"), null while it
 * may still change
 */
@Schema(name = "Specification")
public record SpecificationView(String issueId, @Schema(nullable = true) Integer agreementVersion, List<ItemView> items,
        int specified, int total, boolean complete, @Schema(nullable = true, allowableValues = {
                "decision", "resolution" }) String lockedBy,
        boolean canEdit){

    @Schema(name = "SpecificationItem")
    public record ItemView(String text, @Schema(allowableValues = {
            "specified", "not-applicable", "open" }) String state, @Schema(nullable = true) String reason){
    }

    static SpecificationView of(String issueId, Specification specification, String lockedBy, boolean canEdit) {
        return new SpecificationView(issueId, specification.agreementVersion(),
                specification.items().stream().map(i -> new ItemView(i.text(), i.state().key(), i.reason())).toList(),
                specification.specified(), specification.total(), specification.complete(), lockedBy, canEdit);
    }

}
