package com.icr.core;

/** An enum whose JSON form is a lower-case, dashed key. */
public interface Keyed {

    String key();

    /**
     * One of the enum's keys, named in the error when it is not; the fallback when left
     * out (required if none).
     */
    static <E extends Enum<E> & Keyed> E parse(String field, String value, Class<E> type, E fallback) {
        if (value == null || value.isBlank()) {
            if (fallback == null) {
                throw new InvalidInput(field, "input.required");
            }
            return fallback;
        }
        for (E e : type.getEnumConstants()) {
            if (e.key().equals(value.strip())) {
                return e;
            }
        }
        StringBuilder keys = new StringBuilder();
        for (E e : type.getEnumConstants()) {
            keys.append(keys.length() == 0 ? "" : ", ").append(e.key());
        }
        throw new InvalidInput(field, "input.one-of", keys.toString());
    }

}
