package com.icr.request;

import java.util.Optional;

/**
 * Follows every change of a request inside its transaction (the satisfaction checks), so
 * that either both are written or neither. It answers what the satisfaction says
 * now, in a form that differs whenever the summary does, or nothing when it did
 * not change it; the request raises its revision once for both.
 */
public interface RequestFollower {

    Optional<String> follow(RequestChanged change);

}
