package com.icr.request;

import com.fasterxml.jackson.annotation.JsonValue;
import com.icr.core.InvalidInput;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.Arrays;
import java.util.Locale;

/**
 * Why a provider says no: a short list, so that the yes/no tab can count reasons, plus
 * free text.
 */
@Schema(enumAsRef = true)
public enum DeclineReason {

    OUT_OF_SCOPE("Outside what we agreed to provide"), NO_CAPACITY("No capacity this period"),
    INCOMPLETE_SPECIFICATION("The request does not say what good looks like"), DUPLICATE("Already requested"),
    ELSEWHERE("Better served by another department"), OTHER("Other (see note)");

    private final String label;

    DeclineReason(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    @JsonValue
    public String key() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static DeclineReason parse(String field, String value) {
        return Arrays.stream(values())
            .filter(r -> r.key().equals(value))
            .findFirst()
            .orElseThrow(() -> new InvalidInput(field, "input.decline-reason"));
    }

    public static DeclineReason fromColumn(String name) {
        return name == null ? null : valueOf(name);
    }

}
