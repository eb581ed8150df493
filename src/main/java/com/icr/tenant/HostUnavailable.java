package com.icr.tenant;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** The product's REST API did not answer (or asked us to slow down): the caller may try again. */
@ResponseStatus(HttpStatus.SERVICE_UNAVAILABLE)
public class HostUnavailable extends RuntimeException {

    public HostUnavailable(String message, Throwable cause) {
        super(message, cause);
    }
}
