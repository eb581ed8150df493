package com.icr.connect.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.icr.connect.AppDescriptor;
import com.icr.jira.JiraConnection;
import com.icr.tenant.LicenceState;
import com.icr.tenant.SiteLicence;
import com.icr.tenant.TenantId;
import java.util.Optional;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.client.HttpStatusCodeException;

/**
 * The Connect app's licence on a site, as the site's Jira reports it
 * ({@code GET /rest/atlassian-connect/1/addons/<app key>}, signed as the app): never the
 * {@code lic} parameter of a page's URL, which anyone can change. Jira includes
 * {@code license} for paid listings only: without it the install is free or a development
 * one, and reports nothing.
 */
@Component
@Order(1) // a site that has the Connect app answers for it
class ConnectSiteLicence implements SiteLicence {

    private final ConnectJiraConnections connections;

    private final AppDescriptor descriptor;

    ConnectSiteLicence(ConnectJiraConnections connections, AppDescriptor descriptor) {
        this.connections = connections;
        this.descriptor = descriptor;
    }

    @Override
    public Optional<LicenceState> licenceOf(TenantId tenantId) {
        Optional<JiraConnection> jira = connections.jiraOf(tenantId);
        if (jira.isEmpty()) {
            return Optional.empty();
        }
        JsonNode app;
        try {
            app = jira.get()
                .asApp()
                .getForObject(jira.get().baseUrl() + "/rest/atlassian-connect/1/addons/" + descriptor.key(),
                        JsonNode.class);
        }
        catch (HttpStatusCodeException e) {
            if (e.getStatusCode() == HttpStatus.NOT_FOUND) {
                return Optional.empty();
            }
            if (e.getStatusCode() == HttpStatus.UNAUTHORIZED) {
                jira.get().refused();
            }
            throw e;
        }
        return stateOf(app);
    }

    /** The state of Jira's {@code license} object: {@code active}, {@code evaluation}. */
    static Optional<LicenceState> stateOf(JsonNode app) {
        JsonNode license = app == null ? null : app.get("license");
        if (license == null || !license.isObject()) {
            return Optional.empty();
        }
        return Optional
            .of(LicenceState.of(license.path("active").asBoolean(false), license.path("evaluation").asBoolean(false)));
    }

}
