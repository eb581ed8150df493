package com.icr.preview;

import com.icr.confluence.ConfluencePages;
import com.icr.digest.DigestManagement;
import com.icr.digest.DigestPages;
import com.icr.digest.DigestSettingsRequest;
import com.icr.tenant.TenantId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Primary;
import org.springframework.stereotype.Component;

/**
 * The demo site's executive digest (issue 16 item 5): its Confluence is this in-memory
 * space ({@value #SPACE_NAME}), which keeps the pages the digest writes as Confluence
 * would (a title per space, a version per update, watchers); every other site's digest
 * goes to its real Confluence. At start-up the demo site picks the space and publishes at
 * once, so {@code /preview/digest} shows the pages as the sponsor reads them.
 */
@Component
class DemoDigest {

    static final String SPACE_KEY = "LEAD";

    static final String SPACE_NAME = "Leadership (demo)";

    private static final Logger log = LoggerFactory.getLogger(DemoDigest.class);

    /** A page of the demo space. */
    record Page(String id, String parentId, String title, int version, String body, List<String> watchers) {
    }

    private final Map<String, Page> pages = new ConcurrentHashMap<>();

    private final AtomicInteger ids = new AtomicInteger(7000);

    private final ObjectProvider<DigestManagement> digests;

    DemoDigest(ObjectProvider<DigestManagement> digests) {
        this.digests = digests;
    }

    /** Picks the demo space and publishes the demo site's digest now. */
    void seed(TenantId tenant, String administrator) {
        try {
            DigestManagement digest = digests.getObject();
            digest.saveSettings(tenant, new DigestSettingsRequest(SPACE_KEY, true), administrator);
            digest.publishNow(tenant);
        }
        catch (RuntimeException e) {
            log.warn("The demo site's digest was not published: {}", e.toString());
        }
    }

    /** The demo space's pages, parents first, then by title. */
    List<Page> pages() {
        List<Page> all = new ArrayList<>(pages.values());
        all.sort(java.util.Comparator.comparing((Page p) -> p.parentId() != null).thenComparing(Page::title));
        return all;
    }

    List<DigestPages.Space> spaces() {
        return List.of(new DigestPages.Space(SPACE_KEY, SPACE_NAME));
    }

    synchronized DigestPages.Written write(DigestPages.PageDraft draft) {
        if (!SPACE_KEY.equals(draft.spaceKey())) {
            throw new DigestPages.Refused("space-missing", 404);
        }
        Page page = draft.knownPageId() == null ? null : pages.get(draft.knownPageId());
        if (page == null) {
            page = pages.values().stream().filter(p -> p.title().equals(draft.title())).findFirst().orElse(null);
        }
        if (page == null) {
            Page parent = pages.values()
                .stream()
                .filter(p -> p.title().equals(draft.parentTitle()))
                .findFirst()
                .orElseGet(() -> add(null, draft.parentTitle(), 1, "", List.of()));
            page = add(parent.id(), draft.title(), 1, draft.storageBody(), draft.watchers());
        }
        else {
            page = new Page(page.id(), page.parentId(), draft.title(), page.version() + 1, draft.storageBody(),
                    draft.watchers());
            pages.put(page.id(), page);
        }
        return new DigestPages.Written(page.id(), page.version());
    }

    private Page add(String parentId, String title, int version, String body, List<String> watchers) {
        Page page = new Page(String.valueOf(ids.incrementAndGet()), parentId, title, version, body,
                List.copyOf(watchers));
        pages.put(page.id(), page);
        return page;
    }

    /**
     * The digest's pages: the demo site's in the demo space, every other site's in its
     * real Confluence.
     */
    @Bean
    @Primary
    @Conditional(PreviewActivation.class)
    static DigestPages demoDigestPages(DemoJira demo, DemoDigest space, ConfluencePages confluence) {
        return new DigestPages() {
            @Override
            public List<Space> spaces(TenantId tenantId) {
                return demo.isDemo(tenantId) ? space.spaces() : confluence.spaces(tenantId);
            }

            @Override
            public Written write(TenantId tenantId, PageDraft draft) {
                return demo.isDemo(tenantId) ? space.write(draft) : confluence.write(tenantId, draft);
            }
        };
    }

}
