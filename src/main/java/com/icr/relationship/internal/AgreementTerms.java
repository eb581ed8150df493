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
        ServiceTarget serviceTarget, List<String> checklist) {

    static final AgreementTerms EMPTY = new AgreementTerms(List.of(), "", "", ServiceTarget.NONE, List.of());

    /** The most items a checklist has, and the longest item. */
    public static final int MAX_CHECKLIST = 15;

    public static final int MAX_CHECKLIST_ITEM = 200;
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
        return new AgreementTerms(List.copyOf(deliverables), expectations, givesBack, target,
                checklist(request.checklist()));
    }

    /** The same terms with another checklist. */
    public AgreementTerms withChecklist(List<String> items) {
        return new AgreementTerms(deliverables, expectations, customerGivesBack, serviceTarget, List.copyOf(items));
    }

    /**
     * What good looks like as a checklist: up to {@value #MAX_CHECKLIST} items, each
     * non-blank, at most {@value #MAX_CHECKLIST_ITEM} characters and different from the
     * others (regardless of case); an error names the item ({@code checklist[2]}).
     */
    static List<String> checklist(List<String> items) {
        if (items == null) {
            return List.of();
        }
        if (items.size() > MAX_CHECKLIST) {
            throw new InvalidInput("agreement.checklist", "input.checklist-too-many", MAX_CHECKLIST);
        }
        List<String> checklist = new ArrayList<>();
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (int i = 0; i < items.size(); i++) {
            String field = "agreement.checklist[" + i + "]";
            String item = items.get(i) == null ? "" : items.get(i).strip();
            if (item.isEmpty()) {
                throw new InvalidInput(field, "input.checklist-item-blank");
            }
            if (item.length() > MAX_CHECKLIST_ITEM) {
                throw new InvalidInput(field, "input.too-long", MAX_CHECKLIST_ITEM);
            }
            if (!seen.add(item.toLowerCase(java.util.Locale.ROOT))) {
                throw new InvalidInput(field, "input.checklist-item-twice", item);
            }
            checklist.add(item);
        }
        return List.copyOf(checklist);
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
