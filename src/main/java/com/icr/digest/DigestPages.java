package com.icr.digest;

import com.icr.tenant.TenantId;
import java.util.List;

/**
 * Where digest pages are written: the site's Confluence, through the front door it was
 * installed by. A call the host may answer later (rate limit, an outage, no answer)
 * throws {@link com.icr.core.HostUnavailable}; one it will not (the space is gone, the
 * app may not write there, Confluence is not installed) throws {@link Refused}.
 */
public interface DigestPages {

    /** The spaces the app may write pages to, by name. */
    List<Space> spaces(TenantId tenantId);

    /**
     * Writes the page: updates the page {@code draft.knownPageId} names when it is still
     * there (a new version, so Confluence notifies its watchers), else the page of that
     * title in the space, else creates it under the parent page of
     * {@code draft.parentTitle} (created when missing); then has {@code draft.watchers}
     * watch it.
     */
    Written write(TenantId tenantId, PageDraft draft);

    /** A Confluence space. */
    @io.swagger.v3.oas.annotations.media.Schema(name = "DigestSpace")
    record Space(String key, String name) {
    }

    /** A page to write, its body in Confluence's storage format. */
    record PageDraft(String spaceKey, String parentTitle, String knownPageId, String title, String storageBody,
            List<String> watchers) {

        @Override
        public String toString() {
            return "PageDraft[" + spaceKey + ", " + knownPageId + "]"; // never the body
        }
    }

    /** The page written and its version now. */
    record Written(String pageId, int version) {
    }

    /**
     * Confluence refused the write for good: {@code reason} is {@code not-installed},
     * {@code space-missing}, {@code forbidden} or {@code rejected}; {@code status} the
     * HTTP status, when there was one.
     */
    final class Refused extends RuntimeException {

        private final String reason;

        private final Integer status;

        public Refused(String reason, Integer status) {
            super("Confluence refused the digest: " + reason + (status == null ? "" : " (" + status + ")"));
            this.reason = reason;
            this.status = status;
        }

        public String reason() {
            return reason;
        }

        public Integer status() {
            return status;
        }

    }

}
