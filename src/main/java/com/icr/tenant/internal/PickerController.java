package com.icr.tenant.internal;

import com.icr.core.InvalidInput;
import com.icr.core.ProjectKey;
import com.icr.tenant.Caller;
import com.icr.tenant.DirectoryEntry;
import com.icr.tenant.SiteDirectory;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/pickers/...}: what a picker offers as a person types, searched in the
 * caller's own site (people, groups, projects, a project's components), at most 20 a
 * search, the first 20 for an empty query. Any caller of the site may search.
 */
@RestController
@Tag(name = "pickers")
class PickerController {

    static final int MAX_QUERY = 100;

    @Schema(name = "PickerResult")
    record ResultView(
            @Schema(description = "What the API takes: account id, group name, project key or component id") String id,
            @Schema(description = "What a person reads") String label, @Schema(nullable = true) String avatarUrl) {

        static ResultView of(DirectoryEntry entry) {
            return new ResultView(entry.id(), entry.label(), entry.avatarUrl());
        }
    }

    @Schema(name = "PickerResults")
    record ResultsView(@ArraySchema(schema = @Schema(implementation = ResultView.class)) List<ResultView> results) {

        static ResultsView of(List<DirectoryEntry> entries) {
            return new ResultsView(entries.stream().map(ResultView::of).toList());
        }
    }

    private final SiteDirectory directory;

    PickerController(SiteDirectory directory) {
        this.directory = directory;
    }

    @Operation(summary = "People of the site whose name or email matches (active people, no apps)")
    @ApiResponse(responseCode = "200", description = "At most 20")
    @ApiResponse(responseCode = "400", description = "The query is longer than 100 characters (field query)")
    @ApiResponse(responseCode = "503", description = "Jira could not be asked")
    @GetMapping("/api/pickers/users")
    ResultsView users(Caller caller, @Parameter(description = "What the person typed; at most 100 characters",
            schema = @Schema(maxLength = MAX_QUERY)) @RequestParam(required = false) String query) {
        return ResultsView.of(directory.users(caller.tenantId(), query(query)));
    }

    @Operation(summary = "Groups of the site whose name matches")
    @ApiResponse(responseCode = "200", description = "At most 20")
    @ApiResponse(responseCode = "400", description = "The query is longer than 100 characters (field query)")
    @ApiResponse(responseCode = "503", description = "Jira could not be asked")
    @GetMapping("/api/pickers/groups")
    ResultsView groups(Caller caller, @Parameter(description = "What the person typed; at most 100 characters",
            schema = @Schema(maxLength = MAX_QUERY)) @RequestParam(required = false) String query) {
        return ResultsView.of(directory.groups(caller.tenantId(), query(query)));
    }

    @Operation(summary = "Projects of the site whose name or key matches")
    @ApiResponse(responseCode = "200", description = "At most 20")
    @ApiResponse(responseCode = "400", description = "The query is longer than 100 characters (field query)")
    @ApiResponse(responseCode = "503", description = "Jira could not be asked")
    @GetMapping("/api/pickers/projects")
    ResultsView projects(Caller caller, @Parameter(description = "What the person typed; at most 100 characters",
            schema = @Schema(maxLength = MAX_QUERY)) @RequestParam(required = false) String query) {
        return ResultsView.of(directory.projects(caller.tenantId(), query(query)));
    }

    @Operation(summary = "A project's components whose name contains the query")
    @ApiResponse(responseCode = "200", description = "At most 20; none for a project the site does not have")
    @ApiResponse(responseCode = "400",
            description = "A missing or malformed project key (field project), or a query longer than 100 characters (field query)")
    @ApiResponse(responseCode = "503", description = "Jira could not be asked")
    @GetMapping("/api/pickers/components")
    ResultsView components(Caller caller,
            @Parameter(description = "The project's key", required = true,
                    schema = @Schema(type = "string", pattern = "^[A-Z][A-Z0-9_]{1,9}$")) @RequestParam(
                            required = false) String project,
            @Parameter(description = "What the person typed; at most 100 characters",
                    schema = @Schema(maxLength = MAX_QUERY)) @RequestParam(required = false) String query) {
        ProjectKey key = ProjectKey.parse("project", project);
        return ResultsView.of(directory.components(caller.tenantId(), key, query(query)));
    }

    private static String query(String query) {
        String typed = query == null ? "" : query.strip();
        if (typed.length() > MAX_QUERY) {
            throw new InvalidInput("query", "input.too-long", MAX_QUERY);
        }
        return typed;
    }

}
