package com.icr.jira;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.icr.core.InvalidInput;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * Jira writes its times with the offset as +0000; other Atlassian APIs (and people) write
 * +00:00 or Z.
 */
class JiraIssueFormatTest {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    @Test
    void readsTheTimesJiraWrites() {
        assertThat(JiraIssueFormat.time("f", JSON.textNode("2026-11-23T10:15:30.000+0000")))
            .isEqualTo(Instant.parse("2026-11-23T10:15:30Z"));
        assertThat(JiraIssueFormat.time("f", JSON.textNode("2026-11-23T12:15:30.123+0200")))
            .isEqualTo(Instant.parse("2026-11-23T10:15:30.123Z"));
        assertThat(JiraIssueFormat.time("f", JSON.textNode("2026-11-23T10:15:30.000+00:00")))
            .isEqualTo(Instant.parse("2026-11-23T10:15:30Z"));
        assertThat(JiraIssueFormat.time("f", JSON.textNode("2026-11-23T10:15:30Z")))
            .isEqualTo(Instant.parse("2026-11-23T10:15:30Z"));
        assertThat(JiraIssueFormat.time("f", JSON.nullNode())).isNull();
    }

    @Test
    void aTimeJiraWouldNotWriteNamesItsField() {
        assertThatThrownBy(() -> JiraIssueFormat.time("issue.fields.created", JSON.textNode("yesterday")))
            .isInstanceOf(InvalidInput.class)
            .extracting(e -> ((InvalidInput) e).field())
            .isEqualTo("issue.fields.created");
        assertThatThrownBy(() -> JiraIssueFormat.time("f", JSON.textNode("2026-11-23T10:15:30")))
            .isInstanceOf(InvalidInput.class);
    }

}
