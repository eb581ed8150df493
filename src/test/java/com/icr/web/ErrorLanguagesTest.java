package com.icr.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.icr.support.AppTest;
import com.icr.support.HostSimulator;
import com.icr.support.HostSimulator.Response;
import com.icr.support.TestSites;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.web.server.LocalServerPort;

/**
 * The API's errors are in the caller's language: German for
 * {@code Accept-Language: de-DE}, English without the header and for a language the app
 * does not speak; the body keeps its shape (status, message, path, the field).
 */
@AppTest
class ErrorLanguagesTest {

    @LocalServerPort
    int port;

    HostSimulator host;

    TestSites site;

    @BeforeEach
    void setUp() {
        host = new HostSimulator("http://localhost:" + port);
        site = TestSites.installed(host);
    }

    @Test
    void aRefusedFieldIsNamedInTheCallersLanguage() {
        Map<String, Object> blank = department(" ");

        Response german = call("de-DE", "POST", "/api/departments", blank);
        Response english = call(null, "POST", "/api/departments", blank);
        Response french = call("fr-FR,fr;q=0.9", "POST", "/api/departments", blank);

        assertThat(german.status()).isEqualTo(400);
        assertThat(german.json()).containsEntry("message", "name: ist erforderlich")
            .containsEntry("field", "name")
            .containsEntry("status", 400)
            .containsEntry("path", "/api/departments");
        assertThat(english.json()).containsEntry("message", "name: is required").containsEntry("field", "name");
        assertThat(french.json()).containsEntry("message", "name: is required");
    }

    @Test
    void whatIsNotFoundIsSaidInGermanWithTheIdAsItCame() {
        Response german = call("de-DE,en;q=0.5", "GET", "/api/relationships/nope", null);
        Response english = call("en-GB", "GET", "/api/relationships/nope", null);

        assertThat(german.status()).isEqualTo(404);
        assertThat(german.json()).containsEntry("message", "Beziehung nope nicht gefunden");
        assertThat(english.json()).containsEntry("message", "Relationship nope not found");
    }

    @Test
    void aDepartmentNameGoesIntoTheGermanSentenceAsTheUserWroteIt() {
        assertThat(call("de", "POST", "/api/departments", department("R&D's {0}")).status()).isEqualTo(201);

        Response again = call("de", "POST", "/api/departments", department("R&D's {0}"));

        assertThat(again.status()).isEqualTo(400);
        assertThat(again.json()).containsEntry("message", "name: eine Abteilung namens „R&D's {0}“ gibt es bereits");
    }

    @Test
    void theWebLayersOwnAnswersAreGermanToo() {
        Response malformed = call("de-AT", "POST", "/api/departments", "{\"name\":");
        Response unknownRoute = call("de-DE", "GET", "/api/no-such-thing", null);

        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.json()).containsEntry("message",
                "Der Inhalt der Anfrage ist kein gültiges JSON für diesen Endpunkt.");
        assertThat(unknownRoute.status()).isEqualTo(404);
        assertThat(unknownRoute.json()).containsEntry("message", "Nicht gefunden");
    }

    @Test
    void anUnlicensedSitesRefusalIsGermanForAGermanReaderAndEnglishOtherwise() {
        site.jiraSite().licence(false, false);

        Response german = call("de-DE", "POST", "/api/departments", department("Finance"));
        Response french = call("fr", "POST", "/api/departments", department("Finance"));

        assertThat(german.status()).isEqualTo(403);
        assertThat((String) german.json().get("message"))
            .startsWith("Die Lizenz für Internal Customer Relationships ist auf dieser Site nicht aktiv");
        assertThat(french.status()).isEqualTo(403);
        assertThat((String) french.json().get("message"))
            .startsWith("The licence for Internal Customer Relationships is not active on this site");
    }

    private Response call(String language, String method, String path, Object body) {
        String token = host.jwt(site.jira()).context().subject(TestSites.ADMIN).sign();
        Map<String, String> headers = new HashMap<>();
        if (language != null) {
            headers.put("Accept-Language", language);
        }
        return host.send(method, path, "JWT " + token, body, "application/json", headers);
    }

    private static Map<String, Object> department(String name) {
        return Map.of("name", name, "projects", List.of(), "groups", List.of(), "leadAccountId", TestSites.ADMIN);
    }

}
