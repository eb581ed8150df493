package com.icr.satisfaction;

import java.time.Instant;
import java.util.List;

/**
 * A thank-you as other modules see it; {@code fromCheck} when it followed a satisfaction
 * check, whose issue ({@code issueId}, {@code issueKey}) it names: shown only to readers
 * who may browse that issue.
 */
public record GivenThanks(String id, String from, String fromDepartmentId, String toDepartmentId, List<String> to,
        String message, String issueId, String issueKey, boolean fromCheck, Instant createdAt) {
}
