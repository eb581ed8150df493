package com.icr.relationship.internal;

import com.icr.relationship.AgreementRequest;
import com.icr.relationship.ServiceTarget;
import com.icr.core.InvalidInput;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What two departments agree on, once checked: what the provider delivers, what good
 * looks like (the specification a request must meet), what the customer gives back, and
 * the service target.
 */
public record AgreementTerms(List<String> deliverables, String expectations, String customerGivesBack,
        ServiceTarget serviceTarget) {

    static final AgreementTerms EMPTY = new AgreementTerms(List.of(), "", "", ServiceTarget.NONE);
    static final int MAX_TEXT = 4000;
    static final int MAX_DELIVERABLES = 50;
    static final int MAX_DELIVERABLE = 500;
    static final int MAX_HOURS = 24 * 366;

    public static AgreementTerms of(AgreementRequest request) {
        if (request == null) {
            return EMPTY;
        }
        List<String> deliverables = new ArrayList<>();
        for (String deliverable : Objects.requireNonNullElse(request.deliverables(), List.<String>of())) {
            String d = deliverable == null ? "" : deliverable.strip();
            if (d.isEmpty()) {
                continue;
            }
            if (d.length() > MAX_DELIVERABLE) {
                throw new InvalidInput("agreement.deliverables", "input.deliverable-too-long", MAX_DELIVERABLE);
            }
            deliverables.add(d);
        }
        if (deliverables.size() > MAX_DELIVERABLES) {
            throw new InvalidInput("agreement.deliverables", "input.too-many-deliverables", MAX_DELIVERABLES);
        }
        String expectations = text("agreement.expectations", request.expectations());
        String givesBack = text("agreement.customerGivesBack", request.customerGivesBack());
        ServiceTarget target = Objects.requireNonNullElse(request.serviceTarget(), ServiceTarget.NONE);
        hours("agreement.serviceTarget.firstResponseHours", target.firstResponseHours());
        hours("agreement.serviceTarget.resolutionHours", target.resolutionHours());
        if (target.firstResponseHours() != null && target.resolutionHours() != null
                && target.firstResponseHours() > target.resolutionHours()) {
            throw new InvalidInput("agreement.serviceTarget.firstResponseHours", "input.first-response-longer");
        }
        return new AgreementTerms(List.copyOf(deliverables), expectations, givesBack, target);
    }

    public boolean isEmpty() {
        return equals(EMPTY);
    }

    private static String text(String field, String value) {
        String text = value == null ? "" : value.strip();
        if (text.length() > MAX_TEXT) {
            throw new InvalidInput(field, "input.too-long", MAX_TEXT);
        }
        return text;
    }

    private static void hours(String field, Integer hours) {
        if (hours != null && (hours < 1 || hours > MAX_HOURS)) {
            throw new InvalidInput(field, "input.hours-range", MAX_HOURS);
        }
    }
}
