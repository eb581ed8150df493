package com.icr.web;

import java.io.IOException;
import java.util.regex.Pattern;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.configuration.WebSecurityCustomizer;
import org.springframework.security.web.firewall.FirewalledRequest;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.security.web.firewall.StrictHttpFirewall;

/**
 * Paths no Atlassian host sends, refused before anything reads them: Spring Security's
 * {@link StrictHttpFirewall} ({@code ;}, {@code //}, {@code %2e}, {@code %2f},
 * {@code ..}, control characters, …) and, beyond it, an unreserved character sent
 * percent-encoded ({@code /%61pi/site}): one path must not have two spellings that code
 * comparing the raw URI and Spring MVC's decoded path would tell apart. A refusal is a
 * JSON 400 and a DEBUG line, not a 500 with a stack trace.
 */
@Configuration(proxyBeanMethods = false)
class RequestFirewall {

    private static final Logger log = LoggerFactory.getLogger(RequestFirewall.class);

    /**
     * ALPHA, DIGIT, '-', '.', '_' and '~' percent-encoded (RFC 3986 says producers should
     * not encode them).
     */
    private static final Pattern ENCODED_UNRESERVED = Pattern
        .compile("%(?:[46][1-9A-Fa-f]|[57][0-9Aa]|3[0-9]|2[Dd]|2[Ee]|5[Ff]|7[Ee])");

    @Bean
    WebSecurityCustomizer strictPaths() {
        return web -> web.httpFirewall(new StrictPaths()).requestRejectedHandler(new BadRequest());
    }

    static final class StrictPaths extends StrictHttpFirewall {

        @Override
        public FirewalledRequest getFirewalledRequest(HttpServletRequest request) throws RequestRejectedException {
            String uri = request.getRequestURI();
            if (uri != null && ENCODED_UNRESERVED.matcher(uri).find()) {
                throw new RequestRejectedException(
                        "The request was rejected because the URL encoded an unreserved character");
            }
            return super.getFirewalledRequest(request);
        }

    }

    static final class BadRequest implements RequestRejectedHandler {

        @Override
        public void handle(HttpServletRequest request, HttpServletResponse response, RequestRejectedException rejected)
                throws IOException {
            log.debug("Refused {}: {}", request.getMethod(), rejected.getMessage());
            ErrorView
                .of(HttpStatus.BAD_REQUEST,
                        "The request's path is not accepted: "
                                + rejected.getMessage().replace("The request was rejected because the", "the") + ".",
                        request.getRequestURI())
                .writeTo(response);
        }

    }

}
