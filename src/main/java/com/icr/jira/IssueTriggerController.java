package com.icr.jira;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.icr.core.InvalidInput;
import com.icr.request.IssueEvent;
import com.icr.request.RequestManagement;
import com.icr.tenant.Caller;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Jira's issue events as a Forge app receives them ({@code avi:jira:created:issue},
 * {@code updated}, {@code deleted}), the Forge door having verified the invocation token.
 * They go into the same durable intake as Connect's webhooks and are answered at once
 * (Forge waits 5 seconds). A Forge event has no delivery id: a retry is the same body
 * with a {@code retryContext}, so the delivery key is the hash of the body without it,
 * and a retry is stored once. An event whose issue carries every field the app reads is
 * applied as it is, ordered by the issue's {@code updated} time like a webhook by its
 * timestamp; Forge's usual event carries only some fields, so the issue is read from Jira
 * when the delivery is worked off ({@link RequestManagement#enqueueRefresh}). Accepts the
 * event bare or wrapped as {@code {"payload": {...}}}.
 */
@RestController
class IssueTriggerController {

    static final String PATH = "/forge/events/jira-issue";

    private static final Logger log = LoggerFactory.getLogger(IssueTriggerController.class);

    private static final Set<String> CHANGES = Set.of("avi:jira:created:issue", "avi:jira:updated:issue");

    private static final String DELETED = "avi:jira:deleted:issue";

    /** The fields {@link JiraIssueFormat#snapshotOf} reads, and the event's time. */
    private static final Set<String> COMPLETE = Set.of("project", "status", "created", "updated", "resolutiondate",
            "components", "reporter", "assignee");

    private final RequestManagement requests;

    private final ObjectMapper mapper;

    private final Clock clock;

    IssueTriggerController(RequestManagement requests, ObjectMapper mapper, Clock clock) {
        this.requests = requests;
        this.mapper = mapper;
        this.clock = clock;
    }

    @PostMapping(PATH)
    ResponseEntity<Void> receive(Caller caller, @RequestBody(required = false) byte[] body) {
        JsonNode event = eventOf(body);
        String kind = event.path("eventType").asText("");
        if (kind.isEmpty()) {
            throw new InvalidInput("eventType", "input.required");
        }
        if (!CHANGES.contains(kind) && !DELETED.equals(kind)) {
            return ResponseEntity.noContent().build(); // not an event this app asked for
        }
        JsonNode issue = event.path("issue");
        if (!issue.isObject()) {
            throw new InvalidInput("issue", "input.required");
        }
        String issueId = JiraIssueFormat.issueIdOf(issue);
        String key = deliveryKey(event);
        if (DELETED.equals(kind)) {
            requests.enqueue(caller.tenantId(), IssueEvent.deleted(issueId, clock.millis(), key));
        }
        else if (isComplete(issue.path("fields"))) {
            long updated = JiraIssueFormat.time("issue.fields.updated", issue.path("fields").path("updated"))
                .toEpochMilli();
            requests.enqueue(caller.tenantId(), IssueEvent.changed(updated, key, JiraIssueFormat.snapshotOf(issue)));
        }
        else {
            requests.enqueueRefresh(caller.tenantId(), issueId, key);
        }
        log.debug("Forge issue event {} of issue {} on site {} recorded", kind, issueId, caller.tenantId());
        return ResponseEntity.noContent().build();
    }

    private JsonNode eventOf(byte[] body) {
        JsonNode payload = JiraIssueFormat.bodyOf(mapper, body);
        JsonNode event = payload.has("payload") && payload.get("payload").isObject() ? payload.get("payload") : payload;
        ObjectNode copy = ((ObjectNode) event).deepCopy();
        copy.remove("retryContext");
        copy.remove("contextToken");
        return copy;
    }

    private static boolean isComplete(JsonNode fields) {
        return fields.isObject() && COMPLETE.stream().allMatch(fields::has) && fields.hasNonNull("updated");
    }

    /** The same event, retried or not, has one key: the hash of its body. */
    private String deliveryKey(JsonNode event) {
        try {
            return JiraIssueFormat.hashKey("forge-event:",
                    mapper.writeValueAsString(event).getBytes(StandardCharsets.UTF_8));
        }
        catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

}
