package com.icr.satisfaction;

/** A one-click thank-you, with an optional message. */
record ThanksBody(String message) {
}
