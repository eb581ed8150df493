package com.icr.satisfaction.internal;

import io.swagger.v3.oas.annotations.media.Schema;

/** A one-click thank-you, with an optional message. */
@Schema(name = "ThanksRequest")
record ThanksBody(@Schema(maxLength = 500) String message) {
}
