package com.icr.intake.internal;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.icr.intake.Payloads;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The payload codec, on the app's own JSON mapper (dates as ISO-8601, the modules Boot
 * registers).
 */
@Configuration(proxyBeanMethods = false)
class IntakeConfiguration {

    @Bean
    Payloads payloads(ObjectMapper mapper) {
        return new Payloads(mapper);
    }

}
