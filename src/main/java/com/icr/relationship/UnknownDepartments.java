package com.icr.relationship;

import com.icr.core.InvalidInput;
import java.util.Locale;

/**
 * What a matrix does with department ids the site does not have. Ids a person just typed
 * are refused, so the mistake shows where it was made; ids a stored page carries (a
 * Confluence macro written before a department was deleted, or copied from another site)
 * are left out, and the matrix says which were.
 */
public enum UnknownDepartments {

    REFUSE, LEAVE_OUT;

    public static UnknownDepartments parse(String value) {
        if (value == null || value.isBlank()) {
            return REFUSE;
        }
        return switch (value.strip().toLowerCase(Locale.ROOT)) {
            case "refuse" -> REFUSE;
            case "omit" -> LEAVE_OUT;
            default -> throw new InvalidInput("unknownDepartments", "input.unknown-departments");
        };
    }

}
