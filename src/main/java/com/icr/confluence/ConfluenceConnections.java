package com.icr.confluence;

import com.icr.tenant.TenantId;
import java.util.Optional;
import org.springframework.web.client.RestTemplate;

/**
 * How a site's Confluence is reached; the front door the site came through provides it
 * (Connect: calls signed with the Confluence installation's shared secret; Forge: the
 * installation's {@code apiBaseUrl} with its system token). Empty when the site has no
 * Confluence installed through that door.
 */
public interface ConfluenceConnections {

    Optional<Connection> confluenceOf(TenantId tenantId);

    /** One site's Confluence. */
    interface Connection {

        /**
         * Where its REST API answers, without a trailing slash
         * ({@code https://acme.atlassian.net/wiki/rest/api}).
         */
        String restApi();

        /** A client that authenticates every call as the app. */
        RestTemplate asApp();

        /** Confluence refused a call as unauthenticated: read the credentials again. */
        void refused();

    }

}
