package com.icr.intake;

/**
 * What recording a delivery did: stored it, or found the same delivery key already stored
 * (a retry).
 */
public enum Recorded {

    NEW, DUPLICATE

}
