package com.icr.web;

import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class WebConfiguration {

    /**
     * Registered here rather than scanned: it must be the only handler of {@code /error}.
     */
    @Bean
    JsonErrorController jsonErrorController() {
        return new JsonErrorController();
    }

    /**
     * One clock for the whole app, so that tests can move time (retention, expiry)
     * without sleeping.
     */
    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

}
