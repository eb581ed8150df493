package com.icr.preview;

import com.atlassian.connect.spring.IgnoreJwt;
import com.icr.tenant.People;
import com.icr.tenant.TenantId;
import com.icr.tenant.TenantManagement;
import java.util.List;
import javax.servlet.http.HttpServletRequest;
import org.springframework.context.annotation.Conditional;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.HtmlUtils;

/**
 * {@code /preview/digest}: the demo Confluence's digest space as a reader sees it, each
 * page (its title, version and watchers by name) with the body the digest wrote. The
 * bodies are the digest's storage format, which escaped every value it holds; titles and
 * names are escaped here.
 */
@RestController
@IgnoreJwt
@Conditional(PreviewActivation.class)
class DemoDigestController {

    private final DemoDigest space;

    private final People people;

    private final TenantManagement tenants;

    DemoDigestController(DemoDigest space, People people, TenantManagement tenants) {
        this.space = space;
        this.people = people;
        this.tenants = tenants;
    }

    @GetMapping(value = "/preview/digest", produces = MediaType.TEXT_HTML_VALUE)
    ResponseEntity<String> digest(HttpServletRequest request) {
        PreviewController.requireLoopback(request);
        TenantId demo = tenants.accessFor(DemoSite.clientKey(com.icr.tenant.Product.JIRA))
            .map(com.icr.tenant.TenantAccess::tenantId)
            .orElse(null);
        StringBuilder html = new StringBuilder("<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\">"
                + "<title>Demo Confluence: " + HtmlUtils.htmlEscape(DemoDigest.SPACE_NAME) + "</title></head><body>"
                + "<header><p>Demo Confluence \u00b7 space " + HtmlUtils.htmlEscape(DemoDigest.SPACE_NAME) + " ("
                + DemoDigest.SPACE_KEY + ")</p></header><main>");
        List<DemoDigest.Page> pages = space.pages();
        if (pages.isEmpty()) {
            html.append("<p>No digest pages yet: the demo site's digest is being published.</p>");
        }
        for (DemoDigest.Page page : pages) {
            if (page.parentId() == null) {
                html.append("<h1>").append(HtmlUtils.htmlEscape(page.title())).append("</h1>");
                continue;
            }
            html.append("<article data-page-id=\"")
                .append(page.id())
                .append("\"><h1>")
                .append(HtmlUtils.htmlEscape(page.title()))
                .append("</h1><p><small>Version ")
                .append(page.version())
                .append(" \u00b7 watched by ")
                .append(HtmlUtils.htmlEscape(watchers(demo, page.watchers())))
                .append("</small></p>")
                .append(page.body())
                .append("</article><hr>");
        }
        html.append("</main></body></html>");
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(html.toString());
    }

    private String watchers(TenantId demo, List<String> accountIds) {
        if (demo == null || accountIds.isEmpty()) {
            return String.valueOf(accountIds.size());
        }
        return String.join(", ",
                people.of(demo, accountIds.stream().map(com.icr.core.AccountId::new).toList())
                    .values()
                    .stream()
                    .map(p -> p.displayName() == null ? "a former user" : p.displayName())
                    .sorted()
                    .toList());
    }

}
