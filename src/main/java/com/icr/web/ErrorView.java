package com.icr.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.swagger.v3.oas.annotations.media.Schema;
import java.io.IOException;
import javax.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;

/**
 * The body of every error the app answers: status, message, path. Never a stack trace,
 * never HTML. {@code field} names the offending input where there is one.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "Error")
public record ErrorView(@Schema(requiredMode = Schema.RequiredMode.REQUIRED) int status, String error,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED) String message,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED) String path, String field) {

    private static final ObjectMapper JSON = new ObjectMapper();

    public static ErrorView of(HttpStatus status, String message, String path) {
        return new ErrorView(status.value(), status.getReasonPhrase(), message, path, null);
    }

    public static ErrorView of(HttpStatus status, String message, String path, String field) {
        return new ErrorView(status.value(), status.getReasonPhrase(), message, path, field);
    }

    /** For filters, which answer before Spring MVC's message converters are in play. */
    public void writeTo(HttpServletResponse response) throws IOException {
        response.setStatus(status);
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        JSON.writeValue(response.getOutputStream(), this);
    }
}
