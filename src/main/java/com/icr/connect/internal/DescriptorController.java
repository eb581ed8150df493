package com.icr.connect.internal;

import com.icr.connect.AppDescriptor;
import com.icr.tenant.Product;
import com.atlassian.connect.spring.IgnoreJwt;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Serves one descriptor per product; both share the app key, so one site installs one app
 * twice.
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

    private ResponseEntity<String> answer(Product product) {
        return ResponseEntity.ok().cacheControl(CacheControl.noCache()).body(descriptor.forProduct(product));
    }

}
