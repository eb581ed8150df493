package com.icr.preview;

import com.atlassian.connect.spring.IgnoreJwt;
import com.icr.core.InvalidInput;
import com.icr.core.IssueId;
import com.icr.core.NotFound;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import javax.servlet.http.HttpServletRequest;
import org.springframework.context.annotation.Conditional;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * The preview's stand-in for the host's side of {@code @forge/bridge}: a page shown in
 * its Forge form asks here for the invocation token Forge would attach to its
 * {@code requestRemote} call (always the demo user's, of the demo site).
 */
@IgnoreJwt
@RestController
@Conditional(PreviewActivation.class)
class PreviewForgeController {

    private final PreviewForge forge;

    PreviewForgeController(PreviewForge forge) {
        this.forge = forge;
    }

    record TokenRequest(String moduleKey, String issueId, String accountId, String product) {
    }

    record TokenView(String token) {
    }

    /**
     * The Custom UI resources the build writes ({@code target/classes/forge/<page>}); the
     * relationship matrix and the quarterly review are the sub-pages of
     * {@code global-page}.
     */
    static final Set<String> PAGES = Set.of("getting-started", "admin", "satisfaction-policy", "global-page",
            "matrix-macro", "matrix-macro-editor", "issue-panel", "issue-context", "dashboard-gadget");

    static final String STAND_IN = "<script type=\"module\" src=\"/preview/forge-host.js\"></script>";

    /**
     * A page in its Forge form: the Custom UI resource as Forge serves it, with the
     * stand-in for the host's side of {@code @forge/bridge} loaded before the page's own
     * module (the bridge looks for its host when it loads). Its assets are served from
     * the same directory ({@link PreviewForgeResources}).
     */
    @GetMapping(value = "/preview/forge/{page}/", produces = MediaType.TEXT_HTML_VALUE)
    ResponseEntity<String> page(@PathVariable String page, HttpServletRequest request) throws IOException {
        PreviewController.requireLoopback(request);
        if (!PAGES.contains(page)) {
            throw new NotFound("not-found.forge-page", page);
        }
        ClassPathResource resource = new ClassPathResource("forge/" + page + "/index.html");
        if (!resource.exists()) {
            throw new NotFound("not-found.forge-page-not-built", page);
        }
        String html = new String(resource.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        int head = html.indexOf("<head>");
        String served = head < 0 ? STAND_IN + html
                : html.substring(0, head + "<head>".length()) + STAND_IN + html.substring(head + "<head>".length());
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(served);
    }

    @PostMapping("/preview/forge/invocation-token")
    TokenView invocationToken(@RequestBody TokenRequest request, HttpServletRequest http) {
        PreviewController.requireLoopback(http);
        String module = request.moduleKey() == null || request.moduleKey().isBlank() ? "icr-pages"
                : request.moduleKey().strip();
        if (!module.matches("[A-Za-z0-9_-]{1,64}")) {
            throw new InvalidInput("moduleKey", "input.module-key");
        }
        String issue = request.issueId() == null || request.issueId().isBlank() ? null
                : IssueId.parse("issueId", request.issueId()).value();
        return new TokenView(forge.tokenFor(module, issue));
    }

}
