package com.icr.jira;

import com.icr.tenant.Caller;
import com.icr.web.PageTemplates;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** Jira's page modules: HTML shells behind a page JWT; their data comes from {@code /api}. */
@RestController
class JiraPagesController {

    private final PageTemplates pages;

    JiraPagesController(PageTemplates pages) {
        this.pages = pages;
    }

    @GetMapping(value = "/pages/admin", produces = MediaType.TEXT_HTML_VALUE)
    ResponseEntity<String> admin(Caller caller) {
        return page("admin", caller);
    }

    /** The Jira admin page "Satisfaction checks": the site's satisfaction-check policy. */
    @GetMapping(value = "/pages/satisfaction-policy", produces = MediaType.TEXT_HTML_VALUE)
    ResponseEntity<String> satisfactionPolicy(Caller caller) {
        return page("satisfaction-policy", caller);
    }

    @GetMapping(value = "/pages/relationship-matrix", produces = MediaType.TEXT_HTML_VALUE)
    ResponseEntity<String> matrix(Caller caller) {
        return page("relationship-matrix", caller);
    }

    /**
     * The general page "Quarterly review" of a relationship or a department; a link's {@code ac.relationship},
     * {@code ac.department} and {@code ac.quarter} arrive as query parameters the page reads itself.
     */
    @GetMapping(value = "/pages/quarterly-review", produces = MediaType.TEXT_HTML_VALUE)
    ResponseEntity<String> quarterlyReview(Caller caller) {
        return page("quarterly-review", caller);
    }

    /** The issue view's right-hand context (jiraIssueContexts): customer, provider and the decision's lozenge. */
    @GetMapping(value = "/pages/issue-context", produces = MediaType.TEXT_HTML_VALUE)
    ResponseEntity<String> issueContext(Caller caller) {
        return page("issue-context", caller);
    }

    /** The issue content panel (jiraIssueContents): the agreement, the service target and the decision. */
    @GetMapping(value = "/pages/issue-panel", produces = MediaType.TEXT_HTML_VALUE)
    ResponseEntity<String> issuePanel(Caller caller) {
        return page("issue-panel", caller);
    }

    private ResponseEntity<String> page(String name, Caller caller) {
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(pages.render(name, caller.clientKey()));
    }
}
