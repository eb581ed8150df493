package com.icr.request;

import java.util.List;

/**
 * What the tracker's own JQL engine said of one issue and one query: whether the issue
 * matches it, or why it rejected the query (then it matches nothing).
 */
public record JqlVerdict(boolean matches, List<String> errors) {

    public JqlVerdict {
        errors = List.copyOf(errors);
    }

    public static JqlVerdict matched(boolean matches) {
        return new JqlVerdict(matches, List.of());
    }

    public static JqlVerdict rejected(List<String> errors) {
        return new JqlVerdict(false, errors);
    }

    public boolean rejected() {
        return !errors.isEmpty();
    }

}
