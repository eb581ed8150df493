package com.icr.digest;

import com.icr.core.NotPermitted;
import com.icr.tenant.Caller;
import com.icr.tenant.SitePermissions;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The executive digest's settings and runs, for the site's administrators: the Confluence
 * space, each relationship's frequency, the latest runs and their failures, and
 * publishing now.
 */
@RestController
@Tag(name = "digest")
class DigestController {

    private final DigestManagement digests;

    private final SitePermissions permissions;

    DigestController(DigestManagement digests, SitePermissions permissions) {
        this.digests = digests;
        this.permissions = permissions;
    }

    @Operation(summary = "The site's digest: space, frequencies, next run, latest runs (Jira administrators)")
    @ApiResponse(responseCode = "200", description = "The digest")
    @ApiResponse(responseCode = "403", description = "Not a Jira administrator")
    @GetMapping("/api/digest")
    DigestView get(Caller caller) {
        requireAdministrator(caller);
        return digests.view(caller.tenantId());
    }

    @Operation(summary = "The Confluence spaces the digest may be written to (Jira administrators)")
    @ApiResponse(responseCode = "200", description = "The spaces")
    @ApiResponse(responseCode = "403", description = "Not a Jira administrator")
    @ApiResponse(responseCode = "503", description = "Confluence did not answer, or is not installed")
    @GetMapping("/api/digest/spaces")
    List<DigestPages.Space> spaces(Caller caller) {
        requireAdministrator(caller);
        return digests.spaces(caller.tenantId());
    }

    @Operation(summary = "Pick the digest's Confluence space and switch it on or off (Jira administrators)")
    @ApiResponse(responseCode = "200", description = "The digest")
    @ApiResponse(responseCode = "400", description = "Bad input, naming the field (an unknown space)")
    @ApiResponse(responseCode = "403", description = "Not a Jira administrator")
    @PutMapping("/api/digest/settings")
    DigestView settings(Caller caller, @RequestBody DigestSettingsRequest request) {
        requireAdministrator(caller);
        return digests.saveSettings(caller.tenantId(), request, caller.accountId().orElse(""));
    }

    @Operation(summary = "How often a relationship's digest is written (Jira administrators)")
    @ApiResponse(responseCode = "200", description = "The digest")
    @ApiResponse(responseCode = "400", description = "Bad input, naming the field")
    @ApiResponse(responseCode = "403", description = "Not a Jira administrator")
    @ApiResponse(responseCode = "404", description = "Not found")
    @PutMapping("/api/digest/relationships/{id}")
    DigestView frequency(Caller caller, @PathVariable String id, @RequestBody FrequencyRequest request) {
        requireAdministrator(caller);
        return digests.setFrequency(caller.tenantId(), id, request);
    }

    @Operation(summary = "Write every relationship's digest page now (Jira administrators)")
    @ApiResponse(responseCode = "202", description = "Queued; the run shows in the digest's runs")
    @ApiResponse(responseCode = "400", description = "No space picked yet")
    @ApiResponse(responseCode = "403", description = "Not a Jira administrator")
    @PostMapping("/api/digest/publish")
    @ResponseStatus(HttpStatus.ACCEPTED)
    void publish(Caller caller) {
        requireAdministrator(caller);
        digests.publishNow(caller.tenantId());
    }

    private void requireAdministrator(Caller caller) {
        if (!permissions.isAdministrator(caller)) {
            throw new NotPermitted("not-permitted.administrators.digest");
        }
    }

}
