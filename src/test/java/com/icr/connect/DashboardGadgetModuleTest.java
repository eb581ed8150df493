package com.icr.connect;

import static com.icr.support.HostSimulator.jira;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.icr.support.AppTest;
import com.icr.support.HostSimulator;
import com.icr.support.HostSimulator.Installation;
import com.icr.support.HostSimulator.Response;
import com.icr.support.Qsh;
import com.icr.tenant.Product;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ClassPathResource;

/**
 * The dashboard gadget "My internal customers" on the Connect door: Jira's descriptor
 * declares it, and its URL, as Jira fills it in, is served behind the page JWT and only
 * so; the Forge door's resource is the same page, built.
 */
@AppTest
class DashboardGadgetModuleTest {

    @LocalServerPort
    int port;

    @Autowired
    AppDescriptor descriptor;

    @Test
    void jirasDescriptorDeclaresTheGadgetWithItsNameDescriptionThumbnailAndUrl() {
        JsonNode items = descriptor.treeFor(Product.JIRA).path("modules").path("jiraDashboardItems");
        assertThat(items.size()).isEqualTo(1);
        JsonNode gadget = items.get(0);
        assertThat(gadget.path("key").asText()).isEqualTo("my-internal-customers");
        assertThat(gadget.path("name").path("i18n").asText()).isEqualTo("my-internal-customers.name");
        assertThat(gadget.path("description").path("i18n").asText()).isEqualTo("my-internal-customers.description");
        assertThat(gadget.path("url").asText()).startsWith("/pages/dashboard-gadget?")
            .contains("dashboardItemId={dashboardItem.id}");
        assertThat(gadget.path("thumbnailUrl").asText()).isEqualTo("/icons/my-internal-customers.svg");
        assertThat(gadget.path("configurable").asBoolean()).isFalse();
        assertThat(new ClassPathResource("static/icons/my-internal-customers.svg").exists())
            .as("the thumbnail is served")
            .isTrue();
        assertThat(descriptor.treeFor(Product.CONFLUENCE).path("modules").has("jiraDashboardItems")).isFalse();
    }

    @Test
    void itsPageIsServedWithAValidPageTokenAndRefusedWithout() {
        HostSimulator host = new HostSimulator("http://localhost:" + port);
        Installation site = jira("https://" + UUID.randomUUID() + ".atlassian.net");
        assertThat(host.install(site).status()).isEqualTo(204);
        String url = "/pages/dashboard-gadget?dashboardItemId=10100&dashboardId=10000&view=DEFAULT";

        Response page = host.page(site, url);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("<main id=\"app\" class=\"gadget\"")
            .contains("https://connect-cdn.atl-paas.net/all.js")
            .contains("My internal customers");

        assertThat(host.get(url, null).status()).isEqualTo(401);
        assertThat(host.get(url + "&jwt=" + host.contextToken(site), null).status())
            .as("a context token is no page token")
            .isEqualTo(401);
        String another = host.jwt(site).qsh(Qsh.of("GET", "/pages/issue-context?issueId=1")).sign();
        assertThat(host.get(url + "&jwt=" + another, null).status()).as("the token of another page").isEqualTo(401);
    }

    @Test
    void theForgeDoorHasTheSamePageAsItsResource() throws Exception {
        ClassPathResource resource = new ClassPathResource("forge/dashboard-gadget/index.html");
        assertThat(resource.exists()).as("the build wrote the Custom UI resource").isTrue();
        String html = new String(resource.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(html).contains("<main id=\"app\" class=\"gadget\"").doesNotContain("connect-cdn.atl-paas.net");
    }

}
