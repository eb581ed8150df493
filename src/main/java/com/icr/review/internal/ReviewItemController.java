package com.icr.review.internal;

import com.icr.review.ItemChange;
import com.icr.review.ItemRequest;
import com.icr.review.ItemView;
import com.icr.department.DepartmentManagement;
import com.icr.department.Member;
import com.icr.relationship.Sides;
import com.icr.relationship.RelationshipManagement;
import com.icr.relationship.RelationshipView;
import com.icr.tenant.Caller;
import com.icr.tenant.People;
import com.icr.tenant.Person;
import com.icr.core.AccountId;
import java.util.Set;
import com.icr.core.InvalidInput;
import com.icr.core.NotFound;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/review-items}: frustrations, assumptions and suggestions. Everyone reads;
 * people of the relationship's two departments raise entries for their own side and move
 * either side's along, but reword only their own side's; Jira administrators may do all
 * of it for either side.
 */
@RestController
@Tag(name = "alignment")
class ReviewItemController {

    private final ReviewItems items;

    private final RelationshipManagement relationships;

    private final DepartmentManagement departments;

    private final People people;

    ReviewItemController(ReviewItems items, RelationshipManagement relationships, DepartmentManagement departments,
            People people) {
        this.people = people;
        this.items = items;
        this.relationships = relationships;
        this.departments = departments;
    }

    @Operation(summary = "Frustrations, assumptions and suggestions, newest first")
    @ApiResponse(responseCode = "200", description = "Entries")
    @ApiResponse(responseCode = "400", description = "Bad status")
    @GetMapping("/api/review-items")
    List<ItemView> list(Caller caller,
            @Parameter(description = "Only this relationship's") @RequestParam(required = false) String relationship,
            @Parameter(description = "open, discussed, agreed-action or closed") @RequestParam(
                    required = false) String status) {
        return items.list(caller.tenantId(), relationship, status);
    }

    @Operation(summary = "Raise an entry for one side of a relationship (your own side; administrators either)")
    @ApiResponse(responseCode = "201", description = "Created")
    @ApiResponse(responseCode = "400", description = "Bad input, named in field; nothing written")
    @ApiResponse(responseCode = "403",
            description = "Not one of the relationship's two departments (by group, as lead or owner) nor a"
                    + " Jira administrator, or a side you do not belong to")
    @PostMapping("/api/review-items")
    ResponseEntity<ItemView> raise(Caller caller, @RequestBody(required = false) ItemRequest request) {
        if (request == null || request.relationshipId() == null || request.relationshipId().isBlank()) {
            throw new InvalidInput("relationshipId", "input.required");
        }
        RelationshipView relationship;
        try {
            relationship = relationships.get(caller.tenantId(), request.relationshipId());
        }
        catch (NotFound e) {
            throw new InvalidInput("relationshipId", "input.no-relationship", request.relationshipId());
        }
        Member member = departments.memberOf(caller);
        Sides.require(member, relationship, "not-permitted.sides.raise-entries");
        ItemView raised = items.raise(caller.tenantId(), relationship, request,
                member.administrator() ? null : Sides.of(member, relationship), caller.accountId().orElse(null));
        return ResponseEntity.created(URI.create("/api/review-items/" + raised.id())).body(raised);
    }

    @Operation(summary = "Move an entry along: status, owner, agreed action; its text only by the side that raised it")
    @ApiResponse(responseCode = "200", description = "Changed")
    @ApiResponse(responseCode = "400",
            description = "Bad input (an agreed action needs its action), named in field; nothing written")
    @ApiResponse(responseCode = "404", description = "No such entry on this site")
    @ApiResponse(responseCode = "403",
            description = "Not one of the relationship's two departments (by group, as lead or owner) nor a"
                    + " Jira administrator, or new text from the other side")
    @PutMapping("/api/review-items/{id}")
    ItemView change(Caller caller, @PathVariable String id, @RequestBody(required = false) ItemChange change) {
        RelationshipView relationship = relationships.get(caller.tenantId(),
                items.relationshipOf(caller.tenantId(), id));
        Member member = departments.memberOf(caller);
        Sides.require(member, relationship, "not-permitted.sides.change-entries");
        return items.change(caller.tenantId(), id, change,
                member.administrator() ? null : Sides.of(member, relationship), caller.accountId().orElse(null));
    }

    @Operation(summary = "Entries as CSV")
    @ApiResponse(responseCode = "200",
            description = "CSV (RFC 4180); cells a spreadsheet would run as formulas start with an apostrophe")
    @GetMapping(value = "/api/review-items.csv", produces = "text/csv")
    ResponseEntity<String> csv(Caller caller,
            @Parameter(description = "Only this relationship's") @RequestParam(required = false) String relationship) {
        Map<String, RelationshipView> byId = relationships.list(caller.tenantId())
            .stream()
            .collect(Collectors.toMap(RelationshipView::id, Function.identity()));
        List<ItemView> listed = items.list(caller.tenantId(), relationship, null);
        Set<AccountId> named = ItemCsv.people(listed);
        Map<AccountId, Person> people = named.isEmpty() ? Map.of() : this.people.of(caller.tenantId(), named);
        return ResponseEntity.ok()
            .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"review-items.csv\"")
            .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
            .body(ItemCsv.of(listed, byId, people));
    }

}
