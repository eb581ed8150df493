package com.icr.intake;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Payloads in the intake, as JSON: written by this version, read back by any later one.
 */
public class Payloads {

    private final ObjectMapper mapper;

    public Payloads(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    public String write(Object value) {
        try {
            return mapper.writeValueAsString(value);
        }
        catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write " + value.getClass().getSimpleName(), e);
        }
    }

    public <T> T read(String payload, Class<T> type) {
        try {
            return mapper.readValue(payload, type);
        }
        catch (JsonProcessingException e) {
            throw new IllegalArgumentException("unreadable " + type.getSimpleName() + " in the intake", e);
        }
    }

}
