package com.icr.core;

/**
 * Nothing of that id in the caller's site (which is also what another site's id looks
 * like). The message ({@link Explained}) names what was looked for.
 */
public class NotFound extends Refusal {

    public NotFound(String key, Object... arguments) {
        super("", null, key, arguments);
    }

}
