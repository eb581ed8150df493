package com.icr.request.internal;

import com.icr.core.InvalidInput;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A request's specification against its agreement's checklist ("what good looks like"):
 * per item specified, not applicable (with the reason why) or still open. Complete when
 * the checklist has items and none is open.
 *
 * @param agreementVersion the agreement version whose checklist it is, null when none was
 * agreed
 */
public record Specification(Integer agreementVersion, List<Item> items) {

    /** The longest reason why an item does not apply. */
    public static final int MAX_REASON = 300;

    public enum State {

        SPECIFIED, NOT_APPLICABLE, OPEN;

        public String key() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }

        static State parse(String field, String value) {
            String key = value == null ? "" : value.strip().toLowerCase(Locale.ROOT);
            for (State state : values()) {
                if (state.key().equals(key)) {
                    return state;
                }
            }
            throw new InvalidInput(field, "input.specification-state");
        }

    }

    /**
     * One checklist item and what the request says of it; a reason only when not
     * applicable.
     */
    public record Item(String text, State state, String reason) {
    }

    /** A specification with every item of the checklist still open. */
    public static Specification start(Integer agreementVersion, List<String> checklist) {
        return new Specification(agreementVersion,
                checklist.stream().map(text -> new Item(text, State.OPEN, null)).toList());
    }

    public int total() {
        return items.size();
    }

    /** The items specified or not applicable (with a reason). */
    public int specified() {
        return (int) items.stream().filter(i -> i.state() != State.OPEN).count();
    }

    public boolean complete() {
        return total() > 0 && specified() == total();
    }

    /**
     * The specification as the requester answers it: one entry per checklist item, in its
     * order. Checked in full before anything changes; an error names the entry's field
     * ({@code items[3].reason}).
     */
    public Specification answer(List<Entry> entries) {
        if (entries == null || entries.size() != items.size()) {
            throw new InvalidInput("items", "input.specification-items", items.size());
        }
        List<Item> answered = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            Entry entry = entries.get(i);
            String field = "items[" + i + "]";
            if (entry == null) {
                throw new InvalidInput(field + ".state", "input.specification-state");
            }
            State state = State.parse(field + ".state", entry.state());
            String reason = entry.reason() == null ? "" : entry.reason().strip();
            if (state != State.NOT_APPLICABLE) {
                reason = "";
            }
            else if (reason.isEmpty()) {
                throw new InvalidInput(field + ".reason", "input.specification-reason-required");
            }
            else if (reason.length() > MAX_REASON) {
                throw new InvalidInput(field + ".reason", "input.too-long", MAX_REASON);
            }
            answered.add(new Item(items.get(i).text(), state, reason.isEmpty() ? null : reason));
        }
        return new Specification(agreementVersion, List.copyOf(answered));
    }

    /** What the requester says of one item. */
    public record Entry(String state, String reason) {
    }

}
