package com.icr.tenant;

import com.icr.web.PageTemplates;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Getting started: Jira's post-install page and Confluence's. The page (a page JWT with a real qsh) is a
 * shell; its data comes from {@code /api/site} with the context token the bridge hands out.
 */
@RestController
@Tag(name = "site")
class GettingStartedController {

    private final Tenants tenants;
    private final PageTemplates pages;

    GettingStartedController(Tenants tenants, PageTemplates pages) {
        this.tenants = tenants;
        this.pages = pages;
    }

    @GetMapping(value = "/pages/getting-started", produces = MediaType.TEXT_HTML_VALUE)
    ResponseEntity<String> page(Caller caller) {
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(pages.render("getting-started", caller.clientKey()));
    }

    @Operation(summary = "The caller's site: its Jira and Confluence installations and whether they are linked")
    @ApiResponse(responseCode = "200", description = "The site")
    @GetMapping("/api/site")
    SiteView site(Caller caller) {
        return SiteView.of(tenants.statusOf(caller.tenantId()), caller.product());
    }
}
