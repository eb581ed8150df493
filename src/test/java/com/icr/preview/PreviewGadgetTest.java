package com.icr.preview;

import static org.assertj.core.api.Assertions.assertThat;

import com.icr.support.AppTest;
import com.icr.support.HostSimulator;
import com.icr.support.HostSimulator.Response;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

/**
 * The dashboard gadget "My internal customers" in the preview: listed with Jira's
 * modules, hosted behind either door, and the demo user has relationships with something
 * in every group of what needs them.
 */
@AppTest
@TestPropertySource(properties = "icr.test.app=preview")
class PreviewGadgetTest {

    @LocalServerPort
    int port;

    @Test
    void listsTheGadgetInBothLanguagesAndHostsItBehindEitherDoor() {
        List<Object> modules = host().get("/preview/api/modules", null).jsonList();
        assertThat(modules).anySatisfy(m -> assertThat(map(m)).containsEntry("product", "jira")
            .containsEntry("type", "jiraDashboardItems")
            .containsEntry("key", "my-internal-customers")
            .containsEntry("name", "My internal customers"));
        assertThat(host().get("/preview/api/modules?lang=de", null).body())
            .contains("\"name\":\"Meine internen Kunden\"");

        Map<String, Object> iframe = host().get("/preview/api/iframe?product=jira&module=my-internal-customers", null)
            .json();
        String url = iframe.get("url").toString();
        assertThat(url).contains("/pages/dashboard-gadget?dashboardItemId=10100&dashboardId=10000&view=DEFAULT&");
        Response connect = host().get(url.substring(("http://localhost:" + port).length()), null);
        assertThat(connect.status()).as(connect.body()).isEqualTo(200);
        assertThat(connect.body()).contains("class=\"gadget\"").contains("src=\"/preview/all.js\"");

        Response forge = host().get("/preview/forge/dashboard-gadget/", null);
        assertThat(forge.status()).as(forge.body()).isEqualTo(200);
        assertThat(forge.body()).contains("/preview/forge-host.js").contains("class=\"gadget\"");
    }

    @Test
    void theDemoUserSeesWhatNeedsThemTheSameThroughBothDoors() {
        String jwt = "JWT " + host().get("/preview/api/context-token?product=jira", null).json().get("token");
        Response minted = host().send("POST", "/preview/forge/invocation-token", null,
                Map.of("moduleKey", "my-internal-customers"));
        assertThat(minted.status()).as(minted.body()).isEqualTo(200);
        String fit = "Bearer " + minted.json().get("token");

        Response connect = host().get("/api/me/relationships", jwt);
        assertThat(connect.status()).as(connect.body()).isEqualTo(200);
        List<Map<String, Object>> mine = connect.jsonList("relationships");
        assertThat(mine).hasSize(7)
            .allSatisfy(r -> assertThat(r.get("roles")).isEqualTo(List.of("provider-owner", "executive-sponsor")));
        assertThat(mine).flatExtracting(r -> groups(r).stream().map(g -> g.get("kind")).toList())
            .contains("decisions", "agreement", "service", "ratings", "items");
        Map<String, Object> leads = mine.stream()
            .filter(r -> "Marketing → Sales".equals(r.get("name")))
            .findFirst()
            .orElseThrow();
        Map<String, Object> ratings = groups(leads).stream()
            .filter(g -> "ratings".equals(g.get("kind")))
            .findFirst()
            .orElseThrow();
        // newest first: the demo's history was rated when the demo site was set up
        assertThat(list(ratings.get("entries"))).first()
            .satisfies(e -> assertThat(e).containsEntry("issueKey", DemoAttention.ISSUE_KEY)
                .containsEntry("rating", 2)
                .containsEntry("text", DemoAttention.COMMENT));
        Map<String, Object> onboarding = mine.stream()
            .filter(r -> "IT → HR".equals(r.get("name")))
            .findFirst()
            .orElseThrow();
        assertThat(groups(onboarding)).extracting(g -> g.get("kind")).contains("decisions", "items");

        Response forge = host().get("/api/me/relationships", fit);
        assertThat(forge.status()).as(forge.body()).isEqualTo(200);
        assertThat(forge.jsonList("relationships")).isEqualTo(mine);
    }

    private static List<Map<String, Object>> groups(Map<String, Object> relationship) {
        return list(relationship.get("groups"));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value) {
        return (Map<String, Object>) value;
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> list(Object value) {
        return (List<Map<String, Object>>) value;
    }

    private HostSimulator host() {
        return new HostSimulator("http://localhost:" + port);
    }

}
