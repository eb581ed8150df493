package com.icr.core;

import java.util.regex.Pattern;

/**
 * A Jira project's key, as Jira Cloud documents it: an upper-case letter, then upper-case
 * letters or digits, 2 to 10 characters in all. The underscore is allowed too: projects
 * imported from Jira Server can carry one.
 */
public record ProjectKey(String value) {

    public static final int MAX_LENGTH = 10;

    private static final Pattern PROJECT_KEY = Pattern.compile("[A-Z][A-Z0-9_]{1," + (MAX_LENGTH - 1) + "}");

    public ProjectKey {
        if (!isValid(value)) {
            throw new IllegalArgumentException("not a Jira project key");
        }
    }

    public static boolean isValid(String value) {
        return value != null && PROJECT_KEY.matcher(value).matches();
    }

    /** The key a field names, stripped; the error quotes it (shortened). */
    public static ProjectKey parse(String field, String value) {
        String key = value == null ? "" : value.strip();
        if (!isValid(key)) {
            throw new InvalidInput(field, "input.not-project-key",
                    key.length() > 60 ? key.substring(0, 60) + "…" : key);
        }
        return new ProjectKey(key);
    }

    @Override
    public String toString() {
        return value;
    }
}
