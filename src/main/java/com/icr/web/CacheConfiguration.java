package com.icr.web;

import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import java.util.Map;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.cache.CacheManager;
import org.springframework.cache.annotation.EnableCaching;
import org.springframework.cache.caffeine.CaffeineCacheManager;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * The app's in-memory caches: Spring's cache abstraction over Caffeine, each cache named,
 * sized and timed under {@code icr.caches.<name>} in application.yml. A cache that is not
 * configured there does not exist: asking for it is an error, not a silently unbounded
 * map.
 */
@Configuration(proxyBeanMethods = false)
@EnableCaching
class CacheConfiguration {

    /**
     * One cache's bounds: how many entries it keeps, and for how long after each is
     * written.
     */
    record Spec(long maximumSize, Duration expireAfterWrite) {
    }

    @Bean
    CacheManager cacheManager(Environment environment) {
        Map<String, Spec> specs = Binder.get(environment)
            .bind("icr.caches", Bindable.mapOf(String.class, Spec.class))
            .orElse(Map.of());
        CaffeineCacheManager manager = new CaffeineCacheManager();
        manager.setAllowNullValues(false);
        manager.setCacheNames(specs.keySet()); // static: no cache beyond these
        specs.forEach((name, spec) -> manager.registerCustomCache(name,
                Caffeine.newBuilder()
                    .maximumSize(spec.maximumSize())
                    .expireAfterWrite(spec.expireAfterWrite())
                    .build()));
        return manager;
    }

}
