package com.icr.satisfaction;

import java.util.List;

/**
 * A message to people about an issue (asked to rate it, reminded, told of a low answer,
 * thanked), queued in the intake as an outbox and sent by the site's {@link Notifier}.
 * The text is plain: the notifier adds the link to the issue and escapes what it renders.
 */
public record Notice(String issueId, String issueKey, List<String> to, String subject, String text) {
}
