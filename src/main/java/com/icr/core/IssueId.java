package com.icr.core;

import java.util.regex.Pattern;

/**
 * A Jira issue by its id, which never changes (its key does when the issue moves):
 * digits.
 */
public record IssueId(String value) {

    private static final Pattern ISSUE_ID = Pattern.compile("\\d{1,18}");

    public IssueId {
        if (!isValid(value)) {
            throw new IllegalArgumentException("not a Jira issue id");
        }
    }

    public static boolean isValid(String value) {
        return value != null && ISSUE_ID.matcher(value).matches();
    }

    public static IssueId parse(String field, String value) {
        if (!isValid(value)) {
            throw new InvalidInput(field, "input.not-issue-id");
        }
        return new IssueId(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
