package com.icr.core;

/**
 * The caller is known but the rule does not let them do this ({@link Explained} says
 * which rule).
 */
public class NotPermitted extends Refusal {

    public NotPermitted(String key, Object... arguments) {
        super("", null, key, arguments);
    }

}
