package com.icr.satisfaction.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.persistence.AttributeConverter;
import javax.persistence.Converter;

/**
 * A questionnaire version's extra questions, and an answer's extra answers, each as one
 * JSON column: they are read and written with their row only.
 */
final class QuestionsConverter {

    private static final ObjectMapper JSON = new ObjectMapper();

    private QuestionsConverter() {
    }

    @Converter
    static class Questions implements AttributeConverter<List<Questionnaire.Question>, String> {

        @Override
        public String convertToDatabaseColumn(List<Questionnaire.Question> questions) {
            return write(questions == null ? List.of() : questions);
        }

        @Override
        public List<Questionnaire.Question> convertToEntityAttribute(String json) {
            try {
                return json == null ? List.of() : JSON.readValue(json, new TypeReference<>() {
                });
            }
            catch (JsonProcessingException e) {
                throw new IllegalStateException(e);
            }
        }

    }

    @Converter
    static class Answers implements AttributeConverter<Map<String, String>, String> {

        @Override
        public String convertToDatabaseColumn(Map<String, String> answers) {
            return answers == null || answers.isEmpty() ? null : write(answers);
        }

        @Override
        public Map<String, String> convertToEntityAttribute(String json) {
            try {
                return json == null ? new LinkedHashMap<>()
                        : JSON.readValue(json, new TypeReference<LinkedHashMap<String, String>>() {
                        });
            }
            catch (JsonProcessingException e) {
                throw new IllegalStateException(e);
            }
        }

    }

    private static String write(Object value) {
        try {
            return JSON.writeValueAsString(value);
        }
        catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

}
