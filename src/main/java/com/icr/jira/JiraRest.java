package com.icr.jira;

import com.fasterxml.jackson.databind.JsonNode;
import com.icr.core.HostUnavailable;
import com.icr.tenant.TenantId;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.client.HttpStatusCodeException;
import org.springframework.web.client.RestClientException;

/**
 * Every call to a site's Jira goes through here: to the connection its front door
 * provides, after the site's rate-limit wait ({@link HostBackoff}); a 401 makes the door
 * read its credentials again; a failure becomes {@link HostUnavailable} with the wait
 * Jira asked for. A read a user's request causes counts against that user's share of the
 * site's Jira ({@link UserQuota}).
 */
@Component
class JiraRest {

    private final List<JiraConnections> doors;

    private final HostBackoff backoff;

    private final UserQuota quota;

    /**
     * @param doors every front door's way to a site's Jira, in their order: a site
     * installed through two (Connect and Forge) is called through the first that has it
     */
    JiraRest(List<JiraConnections> doors, HostBackoff backoff, UserQuota quota) {
        this.doors = List.copyOf(doors);
        this.backoff = backoff;
        this.quota = quota;
    }

    /** The site's Jira, or none when it is not installed there. */
    Optional<JiraConnection> jiraOf(TenantId tenantId) {
        for (JiraConnections door : doors) {
            Optional<JiraConnection> jira = door.jiraOf(tenantId);
            if (jira.isPresent()) {
                return jira;
            }
        }
        return Optional.empty();
    }

    /** The site's Jira, which the caller cannot do without. */
    JiraConnection jira(TenantId tenantId) {
        return jiraOf(tenantId).orElseThrow(() -> new HostUnavailable(null, "host.jira-not-installed"));
    }

    <T> T call(TenantId tenantId, JiraConnection jira, String what, Supplier<T> call) {
        backoff.check(tenantId);
        try {
            return call.get();
        }
        catch (HttpStatusCodeException e) {
            if (e.getStatusCode() == HttpStatus.UNAUTHORIZED) {
                jira.refused(); // signed with a secret Jira no longer has: the retry
                                // reads the host again
            }
            throw backoff.failure(tenantId, what, e);
        }
        catch (RestClientException e) {
            throw new HostUnavailable(e, "host.jira-no-answer", what);
        }
    }

    /**
     * A GET as the app; null when Jira answers 404 (an issue deleted, an account gone).
     * Counted against the quota of the user whose request asks ({@link UserQuota}).
     */
    JsonNode getOrNull(TenantId tenantId, JiraConnection jira, String what, String url) {
        backoff.check(tenantId);
        quota.charge(tenantId);
        return call(tenantId, jira, what, () -> {
            try {
                return jira.asApp().getForObject(url, JsonNode.class);
            }
            catch (HttpStatusCodeException e) {
                if (e.getStatusCode() == HttpStatus.NOT_FOUND) {
                    return null;
                }
                throw e;
            }
        });
    }

}
