package com.icr.satisfaction.internal;

/** A one-click thank-you, with an optional message. */
record ThanksBody(String message) {
}
