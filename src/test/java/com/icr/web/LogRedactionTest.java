package com.icr.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LogRedactionTest {

    private static final String JWT = "eyJhbGciOiJIUzI1NiJ9.eyJpc3MiOiJqaXJhLTEyMyIsInFzaCI6ImFiYyJ9.sGk3mP0xQm2m6gOe0sYbR0b1G4Yh0c";

    @Test
    void removesTokensFromMessages() {
        assertThat(LogRedaction.redact("Could not parse " + JWT + " for host"))
            .isEqualTo("Could not parse [jwt] for host");
    }

    @Test
    void removesUnsignedTokens() {
        assertThat(LogRedaction.redact("token eyJhbGciOiJub25lIn0.eyJpc3MiOiJ4In0.")).doesNotContain("eyJ");
    }

    @Test
    void removesSharedSecretsInJsonAndToStringForms() {
        assertThat(LogRedaction.redact("{\"sharedSecret\":\"s3cr3t-value\",\"baseUrl\":\"x\"}"))
            .doesNotContain("s3cr3t-value")
            .contains("baseUrl");
        assertThat(LogRedaction.redact("AtlassianHost{clientKey='k', sharedSecret='s3cr3t-value'}"))
            .doesNotContain("s3cr3t-value");
        assertThat(LogRedaction.redact("shared_secret = s3cr3t-value")).doesNotContain("s3cr3t-value");
    }

    @Test
    void removesTokensFromUrlsAndHeaders() {
        assertThat(LogRedaction.redact("GET /pages/x?product=jira&jwt=abc.def.ghi&y=1"))
            .isEqualTo("GET /pages/x?product=jira&jwt=[redacted]&y=1");
        assertThat(LogRedaction.redact("Authorization: JWT abcdefghijklmnopqrstuvwxyz.123"))
            .doesNotContain("abcdefghijklmnop");
    }

    @Test
    void leavesOrdinaryMessagesAlone() {
        assertThat(LogRedaction.redact("Installation 1234 (jira) joined site 5678"))
            .isEqualTo("Installation 1234 (jira) joined site 5678");
    }

}
