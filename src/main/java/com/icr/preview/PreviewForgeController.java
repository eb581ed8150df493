package com.icr.preview;

import com.atlassian.connect.spring.IgnoreJwt;
import com.icr.core.InvalidInput;
import com.icr.core.IssueId;
import org.springframework.context.annotation.Conditional;
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

    record TokenRequest(String moduleKey, String issueId, String accountId) {
    }

    record TokenView(String token) {
    }

    @PostMapping("/preview/forge/invocation-token")
    TokenView invocationToken(@RequestBody TokenRequest request) {
        String module = request.moduleKey() == null || request.moduleKey().isBlank() ? "icr-pages"
                : request.moduleKey().strip();
        if (!module.matches("[A-Za-z0-9_-]{1,64}")) {
            throw new InvalidInput("moduleKey", "must be a module key of the manifest");
        }
        String issue = request.issueId() == null || request.issueId().isBlank() ? null
                : IssueId.parse("issueId", request.issueId()).value();
        return new TokenView(forge.tokenFor(module, issue));
    }

}
