package com.icr.connect.internal;

import com.icr.connect.PageTemplates;
import com.icr.tenant.Caller;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The Connect page modules of both products: HTML shells behind a page JWT; their data
 * comes from {@code /api} with the context token the bridge hands out.
 */
@RestController
class ConnectPagesController {

    private final PageTemplates pages;

    ConnectPagesController(PageTemplates pages) {
        this.pages = pages;
    }

    @GetMapping(value = "/pages/admin", produces = MediaType.TEXT_HTML_VALUE)
    ResponseEntity<String> admin(Caller caller) {
        return page("admin", caller);
    }

    /**
     * The Jira admin page "Satisfaction checks": the site's satisfaction-check policy.
     */
    @GetMapping(value = "/pages/satisfaction-policy", produces = MediaType.TEXT_HTML_VALUE)
    ResponseEntity<String> satisfactionPolicy(Caller caller) {
        return page("satisfaction-policy", caller);
    }

    @GetMapping(value = "/pages/relationship-matrix", produces = MediaType.TEXT_HTML_VALUE)
    ResponseEntity<String> matrix(Caller caller) {
        return page("relationship-matrix", caller);
    }

    /**
     * The general page "Quarterly review" of a relationship or a department; a link's
     * {@code ac.relationship}, {@code ac.department} and {@code ac.quarter} arrive as
     * query parameters the page reads itself.
     */
    @GetMapping(value = "/pages/quarterly-review", produces = MediaType.TEXT_HTML_VALUE)
    ResponseEntity<String> quarterlyReview(Caller caller) {
        return page("quarterly-review", caller);
    }

    /**
     * The issue view's right-hand context (jiraIssueContexts): customer, provider and the
     * decision's lozenge.
     */
    @GetMapping(value = "/pages/issue-context", produces = MediaType.TEXT_HTML_VALUE)
    ResponseEntity<String> issueContext(Caller caller) {
        return page("issue-context", caller);
    }

    /**
     * The issue content panel (jiraIssueContents): the agreement, the service target and
     * the decision.
     */
    @GetMapping(value = "/pages/issue-panel", produces = MediaType.TEXT_HTML_VALUE)
    ResponseEntity<String> issuePanel(Caller caller) {
        return page("issue-panel", caller);
    }

    /**
     * The Jira dashboard gadget "My internal customers" (jiraDashboardItems): the
     * viewer's relationships and what needs them, from {@code /api/me/relationships}.
     */
    @GetMapping(value = "/pages/dashboard-gadget", produces = MediaType.TEXT_HTML_VALUE)
    ResponseEntity<String> dashboardGadget(Caller caller) {
        return page("dashboard-gadget", caller);
    }

    /**
     * Getting started: Jira's post-install page and Confluence's; its data comes from
     * {@code /api/site}.
     */
    @GetMapping(value = "/pages/getting-started", produces = MediaType.TEXT_HTML_VALUE)
    ResponseEntity<String> gettingStarted(Caller caller) {
        return page("getting-started", caller);
    }

    /** The Confluence matrix macro's iframe. */
    @GetMapping(value = "/macros/matrix", produces = MediaType.TEXT_HTML_VALUE)
    ResponseEntity<String> macro(Caller caller) {
        return page("matrix-macro", caller);
    }

    /** The matrix macro's editor. */
    @GetMapping(value = "/macros/matrix/editor", produces = MediaType.TEXT_HTML_VALUE)
    ResponseEntity<String> editor(Caller caller) {
        return page("matrix-macro-editor", caller);
    }

    private ResponseEntity<String> page(String name, Caller caller) {
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(pages.render(name, caller.clientKey()));
    }

}
