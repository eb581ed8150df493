package com.icr.core;

/**
 * Nothing of that id in the caller's site (which is also what another site's id looks
 * like).
 */
public class NotFound extends RuntimeException {

    public NotFound(String what) {
        super(what + " not found");
    }

}
