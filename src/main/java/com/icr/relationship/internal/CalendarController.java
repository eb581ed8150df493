package com.icr.relationship.internal;

import com.icr.core.NotPermitted;
import com.icr.relationship.CalendarRequest;
import com.icr.relationship.CalendarView;
import com.icr.relationship.RelationshipManagement;
import com.icr.tenant.Caller;
import com.icr.tenant.SitePermissions;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Working calendars that service targets are counted in: the site's default
 * ({@code /api/calendar}) and a relationship's own
 * ({@code /api/relationships/{id}/calendar}). Everyone on the site reads them; only Jira
 * administrators set them.
 */
@RestController
@Tag(name = "calendars")
class CalendarController {

    private final RelationshipManagement relationships;

    private final SitePermissions permissions;

    CalendarController(RelationshipManagement relationships, SitePermissions permissions) {
        this.relationships = relationships;
        this.permissions = permissions;
    }

    @Operation(summary = "The site's default working calendar (the standard one, not in force, while none is set)")
    @ApiResponse(responseCode = "200", description = "The calendar")
    @GetMapping("/api/calendar")
    CalendarView site(Caller caller) {
        return relationships.siteCalendar(caller.tenantId());
    }

    @Operation(summary = "Set the site's default working calendar (Jira administrators)",
            description = "Requests created from the first time a calendar is set on are counted in its working time.")
    @ApiResponse(responseCode = "200", description = "The calendar")
    @ApiResponse(responseCode = "400", description = "Bad input, naming the field")
    @ApiResponse(responseCode = "403", description = "Not a Jira administrator")
    @PutMapping("/api/calendar")
    CalendarView setSite(Caller caller, @RequestBody CalendarRequest request) {
        requireAdministrator(caller);
        return relationships.setSiteCalendar(caller.tenantId(), request);
    }

    @Operation(summary = "The working calendar a relationship's service targets are counted in (its own or the site's)")
    @ApiResponse(responseCode = "200", description = "The calendar")
    @ApiResponse(responseCode = "404", description = "Not found")
    @GetMapping("/api/relationships/{id}/calendar")
    CalendarView get(Caller caller, @PathVariable String id) {
        return relationships.calendarOf(caller.tenantId(), id);
    }

    @Operation(summary = "Give a relationship its own working calendar (Jira administrators)")
    @ApiResponse(responseCode = "200", description = "The calendar")
    @ApiResponse(responseCode = "400", description = "Bad input, naming the field")
    @ApiResponse(responseCode = "403", description = "Not a Jira administrator")
    @ApiResponse(responseCode = "404", description = "Not found")
    @PutMapping("/api/relationships/{id}/calendar")
    CalendarView set(Caller caller, @PathVariable String id, @RequestBody CalendarRequest request) {
        relationships.calendarOf(caller.tenantId(), id); // 404 before 403 for ids of
                                                         // other
                                                         // sites
        requireAdministrator(caller);
        return relationships.setCalendar(caller.tenantId(), id, request);
    }

    private void requireAdministrator(Caller caller) {
        if (!permissions.isAdministrator(caller)) {
            throw new NotPermitted("not-permitted.administrators.set-calendars");
        }
    }

}
