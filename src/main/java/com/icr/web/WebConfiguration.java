package com.icr.web;

import java.time.Clock;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class WebConfiguration {

    /**
     * Registered here rather than scanned: it must be the only handler of {@code /error}.
     */
    @Bean
    JsonErrorController jsonErrorController(ErrorMessages messages) {
        return new JsonErrorController(messages);
    }

    /** Spring MVC's locale of a request: the rule of {@link Languages}. */
    @Bean
    LocaleResolver localeResolver() {
        return Languages.resolver();
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
