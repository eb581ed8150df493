package com.icr.satisfaction;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.List;

/** A thank-you as a check's view shows it. */
@Schema(name = "Thanks")
public record ThanksView(String from, List<String> to, String message, Instant at) {
}
