package com.icr.preview;

import com.atlassian.connect.spring.AtlassianHost;
import com.atlassian.connect.spring.AtlassianHostRepository;
import com.icr.tenant.InstallationSignal;
import com.icr.tenant.Product;
import com.icr.tenant.TenantId;
import com.icr.tenant.TenantManagement;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Installs the demo site at start-up when the preview is on, and locks it when it is off:
 * its hosts are marked uninstalled with a secret nobody knows, so a database that once
 * ran the preview leaks nothing.
 */
@Component
class DemoSiteSetup {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final AtlassianHostRepository hosts;

    private final TenantManagement tenants;

    private final DemoData demoData;

    private final DemoQuarter demoQuarter;

    private final DemoCalendar demoCalendar;

    private final DemoQuestionnaire demoQuestionnaire;

    private final DemoDigest demoDigest;

    private final DemoChecklist demoChecklist;

    private final DemoAttention demoAttention;

    private final Clock clock;

    private final boolean previewOn;

    private final Map<Product, String> secrets = new ConcurrentHashMap<>();

    DemoSiteSetup(AtlassianHostRepository hosts, TenantManagement tenants, DemoData demoData, DemoQuarter demoQuarter,
            DemoCalendar demoCalendar, DemoQuestionnaire demoQuestionnaire, DemoDigest demoDigest,
            DemoChecklist demoChecklist, DemoAttention demoAttention, Environment environment, Clock clock) {
        this.demoCalendar = demoCalendar;
        this.demoQuestionnaire = demoQuestionnaire;
        this.demoDigest = demoDigest;
        this.demoChecklist = demoChecklist;
        this.demoAttention = demoAttention;
        this.hosts = hosts;
        this.tenants = tenants;
        this.demoData = demoData;
        this.demoQuarter = demoQuarter;
        this.clock = clock;
        this.previewOn = PreviewActivation.isOn(environment);
    }

    @EventListener(ApplicationReadyEvent.class)
    void setUp() {
        for (Product product : Product.values()) {
            String secret = freshSecret();
            AtlassianHost host = hosts.findById(DemoSite.clientKey(product)).orElseGet(AtlassianHost::new);
            host.setClientKey(DemoSite.clientKey(product));
            host.setBaseUrl(DemoSite.baseUrl(product));
            host.setProductType(product.key());
            host.setDescription("Internal Customer Relationships preview");
            host.setSharedSecret(secret);
            host.setAddonInstalled(previewOn);
            if (!previewOn && host.getCreatedDate() == null) {
                continue; // never ran the preview: nothing to lock
            }
            AtlassianHost saved = hosts.save(host);
            if (previewOn) {
                TenantId tenant = tenants
                    .register(new InstallationSignal(host.getClientKey(), product, host.getBaseUrl()));
                demoData.seed(tenant, DemoSite.USER_ACCOUNT_ID);
                if (product == Product.JIRA) {
                    demoQuestionnaire.seed(tenant, DemoSite.USER_ACCOUNT_ID); // before
                                                                              // the
                                                                              // checks
                                                                              // open
                    demoData.seedIssues(tenant, DemoSite.USER_ACCOUNT_ID, setUpAt(saved));
                    demoQuarter.seed(tenant, DemoSite.USER_ACCOUNT_ID);
                    demoChecklist.seed(tenant, DemoSite.USER_ACCOUNT_ID);
                    demoCalendar.seed(tenant, setUpAt(saved));
                    demoAttention.seed(tenant, DemoSite.USER_ACCOUNT_ID);
                    demoDigest.seed(tenant, DemoSite.USER_ACCOUNT_ID);
                }
                secrets.put(product, secret);
            }
            else {
                tenants.uninstalled(host.getClientKey());
            }
        }
    }

    /** The demo installation's current secret, for the preview's token minting only. */
    String secretOf(Product product) {
        String secret = secrets.get(product);
        if (secret == null) {
            throw new IllegalStateException("The preview's demo site is not set up");
        }
        return secret;
    }

    /** When the demo site was first set up: the demo issues' times are relative to it. */
    private Instant setUpAt(AtlassianHost host) {
        return host.getCreatedDate() == null ? clock.instant() : host.getCreatedDate().toInstant();
    }

    private static String freshSecret() {
        byte[] bytes = new byte[48];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

}
