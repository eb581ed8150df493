package com.icr.connect.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Under the production profile an install's base URL is HTTPS on a public host. */
class PublicHttpsTest {

    @ParameterizedTest
    @ValueSource(strings = { "https://acme.atlassian.net", "https://acme.atlassian.net/wiki",
            "https://jira.example.co.uk:8443", "https://8.8.8.8", "https://[2001:4860:4860::8888]" })
    void acceptsHttpsOnPublicHosts(String baseUrl) {
        assertThat(PublicHttps.accepts(baseUrl)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = { "http://acme.atlassian.net", "https://localhost", "https://localhost:8443",
            "https://app.localhost", "https://127.0.0.1", "https://127.1", "https://10.1.2.3", "https://192.168.0.1",
            "https://172.16.5.4", "https://169.254.169.254", "https://0.0.0.0", "https://[::1]", "https://[fd00::1]",
            "https://[fe80::1]", "https://[::ffff:127.0.0.1]", "https://100.64.0.1", "https://intranet",
            "https://jira.internal", "https://printer.local", "https://0x7f.1", "ftp://acme.atlassian.net" })
    void refusesEverythingElse(String baseUrl) {
        assertThat(PublicHttps.accepts(baseUrl)).isFalse();
    }

}
