package com.icr.satisfaction;

import java.time.Instant;
import java.util.List;

/** A thank-you as a check's view shows it. */
public record ThanksView(String from, List<String> to, String message, Instant at) {
}
