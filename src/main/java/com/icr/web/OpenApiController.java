package com.icr.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** The public API's description. Public itself: it holds no tenant data. {@code OpenApiTest} keeps it complete. */
@RestController
class OpenApiController {

    private final String document;

    OpenApiController() {
        try (InputStream in = new ClassPathResource("openapi.json").getInputStream()) {
            this.document = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @GetMapping(value = "/api/openapi.json", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<String> openApi() {
        return ResponseEntity.ok().cacheControl(CacheControl.noCache()).body(document);
    }
}
