package com.icr.relationship.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import javax.persistence.AttributeConverter;
import javax.persistence.Converter;

/**
 * A version's deliverables as one JSON array column: they are read and written with their
 * version only.
 */
@Converter
class DeliverablesConverter implements AttributeConverter<List<String>, String> {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Override
    public String convertToDatabaseColumn(List<String> deliverables) {
        try {
            return JSON.writeValueAsString(deliverables == null ? List.of() : deliverables);
        }
        catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public List<String> convertToEntityAttribute(String json) {
        try {
            return json == null ? List.of() : JSON.readValue(json, new TypeReference<List<String>>() {
            });
        }
        catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

}
