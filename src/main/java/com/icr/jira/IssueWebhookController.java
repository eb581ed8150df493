package com.icr.jira;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.icr.request.IssueEvent;
import com.icr.request.IssueSnapshot;
import com.icr.request.RequestManagement;
import com.icr.tenant.Caller;
import com.icr.core.InvalidInput;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * Jira's issue webhooks (created, updated, deleted). ACSB has verified the JWT and its
 * {@code qsh} when this runs. The delivery is checked, stored durably under its
 * {@code X-Atlassian-Webhook-Identifier} (the same for every retry) and answered; the
 * intake worker applies it afterwards. A retry of a stored delivery is answered like the
 * first, so Jira stops retrying. A database that does not answer makes this a 503, and
 * Jira tries again later.
 */
@RestController
class IssueWebhookController {

    static final String PATH = "/webhooks/jira/issue";

    private static final Logger log = LoggerFactory.getLogger(IssueWebhookController.class);

    private static final Set<String> CHANGES = Set.of("jira:issue_created", "jira:issue_updated");

    private static final String DELETED = "jira:issue_deleted";

    private final RequestManagement requests;

    private final ObjectMapper mapper;

    IssueWebhookController(RequestManagement requests, ObjectMapper mapper) {
        this.requests = requests;
        this.mapper = mapper;
    }

    @PostMapping(PATH)
    ResponseEntity<Void> receive(Caller caller, @RequestBody(required = false) byte[] body,
            @RequestHeader(value = "X-Atlassian-Webhook-Identifier", required = false) String identifier) {
        IssueEvent event;
        try {
            event = eventOf(body, deliveryKey(identifier, body));
        }
        catch (InvalidInput e) {
            log.warn("Refused a malformed issue webhook from {} (delivery {}): {} {}", caller.clientKey(), identifier,
                    e.field(), e.getMessage());
            throw e;
        }
        if (event != null) {
            requests.enqueue(caller.tenantId(), event);
        }
        return ResponseEntity.noContent().build();
    }

    private IssueEvent eventOf(byte[] body, String deliveryKey) {
        JsonNode payload = JiraIssueFormat.bodyOf(mapper, body);
        String kind = payload.path("webhookEvent").asText("");
        if (!CHANGES.contains(kind) && !DELETED.equals(kind)) {
            if (kind.isEmpty()) {
                throw new InvalidInput("webhookEvent", "input.required");
            }
            return null; // an event this app did not register for: nothing to do, nothing
                         // wrong
        }
        JsonNode timestamp = payload.path("timestamp");
        if (!timestamp.canConvertToLong() || timestamp.asLong() <= 0
                || timestamp.asLong() > JiraIssueFormat.LATEST.toEpochMilli()) {
            throw new InvalidInput("timestamp", "input.epoch-millis");
        }
        JsonNode issue = payload.path("issue");
        if (!issue.isObject()) {
            throw new InvalidInput("issue", "input.required");
        }
        if (DELETED.equals(kind)) {
            return IssueEvent.deleted(JiraIssueFormat.issueIdOf(issue), timestamp.asLong(), deliveryKey);
        }
        IssueSnapshot snapshot = JiraIssueFormat.snapshotOf(issue);
        IssueEvent event = IssueEvent.changed(timestamp.asLong(), deliveryKey, snapshot);
        JsonNode comment = payload.path("comment");
        if (comment.isObject() && comment.path("author").hasNonNull("accountId")) {
            event = event.withComment(
                    JiraIssueFormat.accountId("comment.author.accountId", comment.path("author").path("accountId")),
                    JiraIssueFormat.time("comment.created", comment.path("created")));
        }
        return event;
    }

    /**
     * Jira's identifier when it sent one (it always does); else the body's hash, so a
     * resent body is still one delivery.
     */
    private static String deliveryKey(String identifier, byte[] body) {
        if (identifier != null && !identifier.isBlank() && identifier.length() <= 150) {
            return "webhook:" + identifier.strip();
        }
        return JiraIssueFormat.hashKey("webhook-sha256:", body == null ? new byte[0] : body);
    }

}
