package com.icr.tenant;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SiteUrlTest {

    @Test
    void jiraAndConfluenceOfOneSiteHaveTheSameSiteUrl() {
        assertThat(SiteUrl.of("https://acme.atlassian.net")).isEqualTo(SiteUrl.of("https://ACME.atlassian.net/wiki/"));
    }

    @Test
    void confluenceUnderASitePathSharesItsJiraSite() {
        assertThat(SiteUrl.of("http://127.0.0.1:9000/site-a/wiki"))
            .isEqualTo(SiteUrl.of("http://127.0.0.1:9000/site-a"));
        assertThat(SiteUrl.of("http://127.0.0.1:9000/site-a/wiki"))
            .isNotEqualTo(SiteUrl.of("http://127.0.0.1:9000/site-b"));
    }

    @Test
    void keepsAPortAndDropsTrailingSlashes() {
        assertThat(SiteUrl.of("http://localhost:2990/jira/")).get()
            .extracting(SiteUrl::value)
            .isEqualTo("http://localhost:2990/jira");
    }

    @Test
    void aLookalikeHostIsAnotherSite() {
        assertThat(SiteUrl.of("https://acme.atlassian.net.evil.com"))
            .isNotEqualTo(SiteUrl.of("https://acme.atlassian.net"));
    }

    @ParameterizedTest
    @ValueSource(strings = { "", "acme.atlassian.net", "javascript:alert(1)", "ftp://acme.atlassian.net",
            "https://user@acme.atlassian.net", "https://acme.atlassian.net?x=1", "https://acme.atlassian.net#x",
            "https://" })
    void refusesWhatIsNotASiteAddress(String baseUrl) {
        assertThat(SiteUrl.of(baseUrl)).isEmpty();
    }

}
