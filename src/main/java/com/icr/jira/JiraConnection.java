package com.icr.jira;

import org.springframework.web.client.RestTemplate;

/** One site's Jira: where it is, and a client whose calls Jira accepts as the app's. */
public interface JiraConnection {

    String baseUrl();

    /** A client that authenticates every call as the app. */
    RestTemplate asApp();

    /**
     * Jira refused a call as unauthenticated: the credentials are read again before the
     * next call.
     */
    void refused();

}
