package com.icr.satisfaction.internal;

import com.icr.core.NotPermitted;
import com.icr.satisfaction.QuestionnaireView;
import com.icr.tenant.Caller;
import com.icr.tenant.SitePermissions;
import com.icr.core.Period;
import com.icr.core.Quarter;
import com.icr.relationship.MatrixFigures.Pair;
import com.icr.relationship.RelationshipManagement;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Set;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestParam;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * The questionnaires of satisfaction checks: the site's default
 * ({@code /api/questionnaire}) and a relationship's override
 * ({@code /api/relationships/{id}/questionnaire}). Everyone on the site reads them; only
 * Jira administrators save them. Every save is a new version; checks already opened keep
 * theirs.
 */
@RestController
@Tag(name = "satisfaction")
class QuestionnaireController {

    private final Questionnaires questionnaires;

    private final QuestionnaireFigures figures;

    private final RelationshipManagement relationships;

    private final SitePermissions permissions;

    private final Clock clock;

    QuestionnaireController(Questionnaires questionnaires, QuestionnaireFigures figures,
            RelationshipManagement relationships, SitePermissions permissions, Clock clock) {
        this.questionnaires = questionnaires;
        this.figures = figures;
        this.relationships = relationships;
        this.permissions = permissions;
        this.clock = clock;
    }

    @Operation(summary = "A relationship's answers of a quarter per questionnaire version and question",
            description = "Each version's main rating on its own scale: an average of 1 to 5, or an NPS for 0 to 10; never the two mixed.")
    @ApiResponse(responseCode = "200", description = "The figures")
    @ApiResponse(responseCode = "400", description = "Bad period")
    @ApiResponse(responseCode = "404", description = "No such relationship")
    @GetMapping("/api/relationships/{id}/questionnaire/figures")
    QuestionnaireFigures.Figures figures(Caller caller, @PathVariable String id,
            @Parameter(description = "A quarter such as 2026-Q4; the current one when absent") @RequestParam(
                    required = false) String period) {
        Pair pair = relationships.pairOf(caller.tenantId(), id);
        Period quarter = Quarter.parse("period", period, clock).period();
        return figures.figures(caller.tenantId(), id, pair, quarter);
    }

    @Operation(summary = "A relationship's answers of a quarter as CSV, one row per answer",
            description = "Only answers to issues the caller may browse in Jira; a column per extra question.")
    @ApiResponse(responseCode = "200", description = "CSV",
            content = @Content(mediaType = "text/csv", schema = @Schema(type = "string")))
    @ApiResponse(responseCode = "400", description = "Bad period")
    @ApiResponse(responseCode = "404", description = "No such relationship")
    @GetMapping(value = "/api/relationships/{id}/answers.csv", produces = "text/csv")
    ResponseEntity<String> csv(Caller caller, @PathVariable String id,
            @Parameter(description = "A quarter such as 2026-Q4; the current one when absent") @RequestParam(
                    required = false) String period) {
        Pair pair = relationships.pairOf(caller.tenantId(), id);
        Period quarter = Quarter.parse("period", period, clock).period();
        Set<String> browsable = permissions.browsable(caller, figures.issues(caller.tenantId(), pair, quarter));
        return ResponseEntity.ok()
            .header(HttpHeaders.CONTENT_DISPOSITION,
                    "attachment; filename=\"satisfaction-answers-" + quarter.key() + ".csv\"")
            .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
            .body(figures.csv(caller.tenantId(), pair, quarter, browsable::contains));
    }

    @Operation(
            summary = "The site's default questionnaire (the built-in one, 1 to 5 without extra questions, until one is saved)")
    @ApiResponse(responseCode = "200", description = "The questionnaire in force")
    @GetMapping("/api/questionnaire")
    QuestionnaireView site(Caller caller) {
        return questionnaires.site(caller.tenantId());
    }

    @Operation(summary = "Save the site's default questionnaire as a new version (Jira administrators)",
            description = "Checks opened from now on ask it, unless their relationship has its own.")
    @ApiResponse(responseCode = "200", description = "The new version")
    @ApiResponse(responseCode = "400", description = "Bad input, naming the field; nothing changed")
    @ApiResponse(responseCode = "403", description = "Not a Jira administrator")
    @PutMapping("/api/questionnaire")
    QuestionnaireView setSite(Caller caller, @RequestBody(required = false) QuestionnaireView.Input input) {
        requireAdministrator(caller);
        return questionnaires.setSite(caller.tenantId(), input, caller.accountId().orElse(null));
    }

    @Operation(summary = "The questionnaire a relationship's checks ask: its own, or the site's (inherited)")
    @ApiResponse(responseCode = "200", description = "The questionnaire in force")
    @ApiResponse(responseCode = "404", description = "No such relationship")
    @GetMapping("/api/relationships/{id}/questionnaire")
    QuestionnaireView get(Caller caller, @PathVariable String id) {
        return questionnaires.ofRelationship(caller.tenantId(), id);
    }

    @Operation(summary = "Give a relationship its own questionnaire, as a new version (Jira administrators)")
    @ApiResponse(responseCode = "200", description = "The new version")
    @ApiResponse(responseCode = "400", description = "Bad input, naming the field; nothing changed")
    @ApiResponse(responseCode = "403", description = "Not a Jira administrator")
    @ApiResponse(responseCode = "404", description = "No such relationship")
    @PutMapping("/api/relationships/{id}/questionnaire")
    QuestionnaireView set(Caller caller, @PathVariable String id,
            @RequestBody(required = false) QuestionnaireView.Input input) {
        questionnaires.ofRelationship(caller.tenantId(), id); // 404 before 403
        requireAdministrator(caller);
        return questionnaires.setOverride(caller.tenantId(), id, input, caller.accountId().orElse(null));
    }

    @Operation(summary = "Take a relationship back to the site's questionnaire (Jira administrators)",
            description = "Answers given on its own versions keep them.")
    @ApiResponse(responseCode = "200", description = "The site's questionnaire, now inherited")
    @ApiResponse(responseCode = "403", description = "Not a Jira administrator")
    @ApiResponse(responseCode = "404", description = "No such relationship")
    @DeleteMapping("/api/relationships/{id}/questionnaire")
    QuestionnaireView remove(Caller caller, @PathVariable String id) {
        questionnaires.ofRelationship(caller.tenantId(), id);
        requireAdministrator(caller);
        return questionnaires.removeOverride(caller.tenantId(), id);
    }

    private void requireAdministrator(Caller caller) {
        if (!permissions.isAdministrator(caller)) {
            throw new NotPermitted("not-permitted.administrators.questionnaire");
        }
    }

}
