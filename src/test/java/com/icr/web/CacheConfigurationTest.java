package com.icr.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.benmanes.caffeine.cache.Cache;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.cache.CacheManager;
import org.springframework.cache.caffeine.CaffeineCache;
import org.springframework.mock.env.MockEnvironment;

/** Each cache is named, sized and timed in configuration, and there is no other. */
class CacheConfigurationTest {

    private final CacheManager caches = new CacheConfiguration()
        .cacheManager(new MockEnvironment().withProperty("icr.caches.people.maximum-size", "2")
            .withProperty("icr.caches.people.expire-after-write", "90s"));

    @Test
    void aConfiguredCacheHasItsSizeAndItsTime() {
        Cache<Object, Object> people = ((CaffeineCache) caches.getCache("people")).getNativeCache();
        assertThat(people.policy().eviction().orElseThrow().getMaximum()).isEqualTo(2);
        assertThat(people.policy().expireAfterWrite().orElseThrow().getExpiresAfter())
            .isEqualTo(Duration.ofSeconds(90));
    }

    @Test
    void aCacheNobodyConfiguredDoesNotExist() {
        assertThat(caches.getCache("anything-else")).isNull();
        assertThat(caches.getCacheNames()).containsExactly("people");
    }

    @Test
    void everyCacheTheAppUsesIsConfigured() throws Exception {
        String yaml = new String(getClass().getResourceAsStream("/application.yml").readAllBytes(),
                java.nio.charset.StandardCharsets.UTF_8);
        for (String name : new String[] { "tenant-access", "connect-hosts", "connect-jira-hosts", "jwt-clients",
                "jira-administrators", "jira-issue-access", "jira-groups", "request-views", "jira-missing-issues",
                "jira-people", "jira-pickers" }) {
            assertThat(yaml).as(name)
                .containsPattern("\\n    " + name + ": \\{ maximum-size: \\d+, expire-after-write: \\d+[smh] \\}");
        }
        // kept exactly as long as the panel trusts a kept view, whatever that is set to
        assertThat(yaml).contains(
                "\n    request-changes: { maximum-size: 100000, expire-after-write: \"${icr.request-views.trusted-for}\" }");
    }

    @Test
    void aCacheCanBeTimedByAnotherSetting() {
        CacheManager bound = new CacheConfiguration()
            .cacheManager(new MockEnvironment().withProperty("icr.request-views.trusted-for", "30s")
                .withProperty("icr.caches.request-changes.maximum-size", "10")
                .withProperty("icr.caches.request-changes.expire-after-write", "${icr.request-views.trusted-for}"));
        Cache<Object, Object> changes = ((CaffeineCache) bound.getCache("request-changes")).getNativeCache();
        assertThat(changes.policy().expireAfterWrite().orElseThrow().getExpiresAfter())
            .isEqualTo(Duration.ofSeconds(30));
    }

}
