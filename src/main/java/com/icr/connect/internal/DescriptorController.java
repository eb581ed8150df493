package com.icr.connect.internal;

import com.icr.connect.AppDescriptor;
import com.icr.tenant.Product;
import com.atlassian.connect.spring.IgnoreJwt;
import java.io.IOException;
import java.io.InputStream;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * Serves one descriptor per product; both share the app key, so one site installs one app
 * twice. And the translation files the descriptors name, which the products fetch without
 * a JWT.
 */
@IgnoreJwt
@RestController
class DescriptorController {

    private final AppDescriptor descriptor;

    DescriptorController(AppDescriptor descriptor) {
        this.descriptor = descriptor;
    }

    @GetMapping(value = "/atlassian-connect.json", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<String> jira() {
        return answer(Product.JIRA);
    }

    @GetMapping(value = "/confluence/atlassian-connect.json", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<String> confluence() {
        return answer(Product.CONFLUENCE);
    }

    /**
     * A translation file the descriptor names ({@code /i18n/de-DE.json}): the very file
     * manifest.yml points Forge at ({@code locales/}), which the build puts on the class
     * path.
     */
    @GetMapping(value = "/i18n/{locale}.json", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<byte[]> translations(@PathVariable String locale) throws IOException {
        if (!descriptor.translationPaths().getOrDefault(locale, "").equals("/i18n/" + locale + ".json")) {
            return ResponseEntity.notFound().build();
        }
        try (InputStream in = new ClassPathResource("locales/" + locale + ".json").getInputStream()) {
            return ResponseEntity.ok().cacheControl(CacheControl.noCache()).body(in.readAllBytes());
        }
    }

    private ResponseEntity<String> answer(Product product) {
        return ResponseEntity.ok().cacheControl(CacheControl.noCache()).body(descriptor.forProduct(product));
    }

}
