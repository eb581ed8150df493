package com.icr.jira;

import static org.assertj.core.api.Assertions.assertThat;

import com.icr.satisfaction.Notice;
import com.icr.satisfaction.Notice.Part;
import com.icr.support.AppTest;
import com.icr.support.FakeJira.Notification;
import com.icr.support.HostSimulator;
import com.icr.support.JiraIssueJson;
import com.icr.support.TestSites;
import com.icr.tenant.TenantId;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Emails through Jira's notify API are written in each recipient's language as the site's
 * Jira tells it (the Jira stand-in knows its users' locales), with people by name and
 * dates and numbers as the reader writes them: one email per language.
 */
@AppTest
class JiraNoticesTest {

    private static final String GRETA = "557058:greta-german";

    private static final String EDDIE = "557058:eddie-english";

    private static final String NOBODY_KNOWS = "557058:no-locale";

    private static final String ANNA = "557058:anna-answers";

    @LocalServerPort
    int port;

    @Autowired
    JiraIssueTracker jira;

    @Autowired
    MessageSource messages;

    @Autowired
    JdbcTemplate jdbc;

    TestSites site;

    TenantId tenant;

    JiraIssueJson issue;

    @BeforeEach
    void setUp() {
        site = TestSites.installed(new HostSimulator("http://localhost:" + port));
        issue = new JiraIssueJson(String.valueOf(70_000 + (System.nanoTime() % 10_000)), "OPS-7", "OPS");
        site.jiraSite()
            .issue(issue)
            .user(GRETA, "Greta Graf", "de_DE")
            .user(EDDIE, "Eddie English", "en_US")
            .user(NOBODY_KNOWS, "Nora Nolocale", null)
            .user(ANNA, "Anna Alvarez", "de_DE");
        tenant = new TenantId(jdbc.queryForObject("select tenant_id from installation where client_key = ?",
                String.class, site.jira().clientKey()));
    }

    @Test
    void aGermanRecipientReadsGermanWithNamesAndOthersEnglishOneEmailPerLanguage() {
        Notice thanks = Notice.of(messages, issue.id, issue.key, List.of(GRETA, EDDIE, NOBODY_KNOWS),
                "thankedWithMessage",
                List.of(Part.text("Sales"), Part.issue(issue.key, issue.id), Part.person(ANNA), Part.text("Danke!")));

        jira.send(tenant, thanks);

        List<Notification> sent = site.jiraSite().notifications();
        assertThat(sent).hasSize(2);
        Notification german = sent.stream().filter(n -> n.users().contains(GRETA)).findFirst().orElseThrow();
        assertThat(german.users()).containsExactly(GRETA);
        assertThat(german.subject()).isEqualTo("Danke von Sales für OPS-7");
        assertThat(german.textBody())
            .startsWith("Anna Alvarez aus Sales dankt Ihnen für Ihre Arbeit an OPS-7. Die Nachricht: „Danke!“")
            .endsWith(site.jiraSite().baseUrl() + "/browse/OPS-7");
        assertThat(german.htmlBody()).contains(">OPS-7 öffnen</a>");
        Notification english = sent.stream().filter(n -> n.users().contains(EDDIE)).findFirst().orElseThrow();
        assertThat(english.users()).containsExactlyInAnyOrder(EDDIE, NOBODY_KNOWS);
        assertThat(english.subject()).isEqualTo("Thank you from Sales for OPS-7");
        assertThat(english.textBody()).startsWith("Anna Alvarez of Sales thanked you for your work on OPS-7.")
            .doesNotContain(ANNA);
        assertThat(english.htmlBody()).contains(">Open OPS-7</a>");
        assertThat(site.jiraSite().bulkUserCalls()).as("recipients and the thanker in one call").isEqualTo(1);
    }

    @Test
    void datesNumbersAndWordsAreWrittenForTheReadersLocale() {
        Instant closes = Instant.parse("2026-12-24T10:00:00Z");

        jira.send(tenant, Notice.of(messages, issue.id, issue.key, List.of(GRETA, EDDIE), "asked",
                List.of(Part.text("IT"), Part.issue(issue.key, issue.id), Part.text("HR"), Part.date(closes))));
        jira.send(tenant,
                Notice.of(messages, issue.id, null, List.of(GRETA), "lowAnswer",
                        List.of(Part.issue(null, issue.id), Part.person("former-user:0123456789abcdef0123456789abcdef"),
                                Part.text("HR"), Part.number(2), Part.words("notice.met.no"))));

        List<Notification> sent = site.jiraSite().notifications();
        assertThat(sent).hasSize(3);
        assertThat(sent).filteredOn(n -> n.users().equals(List.of(GRETA)))
            .extracting(Notification::textBody)
            .anySatisfy(text -> assertThat(text).contains("Die Umfrage endet am 24. Dezember 2026."))
            .anySatisfy(text -> assertThat(text).startsWith("Ehemaliger Benutzer aus HR hat Vorgang " + issue.id
                    + " mit 2 von 5 bewertet; Erwartung erfüllt: nein."));
        assertThat(sent).filteredOn(n -> n.users().equals(List.of(EDDIE)))
            .singleElement()
            .satisfies(n -> assertThat(n.textBody()).contains("The check closes on December 24, 2026.")
                .contains("Rate it from 1 to 5 in the issue's Internal request panel"));
    }

    @Test
    void anErasedAccountIsNotEmailed() {
        jira.send(tenant,
                Notice.of(messages, issue.id, issue.key, List.of("former-user:fedcba9876543210fedcba9876543210", EDDIE),
                        "reminded",
                        List.of(Part.text("IT"), Part.issue(issue.key, issue.id), Part.date(Instant.now()))));
        jira.send(tenant,
                Notice.of(messages, issue.id, issue.key, List.of("former-user:0123456789abcdef0123456789abcdef"),
                        "reminded",
                        List.of(Part.text("IT"), Part.issue(issue.key, issue.id), Part.date(Instant.now()))));

        assertThat(site.jiraSite().notifications()).singleElement()
            .satisfies(n -> assertThat(n.users()).containsExactly(EDDIE));
    }

    @Test
    void aNoticeQueuedWithItsWordsWrittenIsSentAsItIs() {
        jira.send(tenant, new Notice(issue.id, issue.key, List.of(GRETA), "Old subject", "Old text"));

        assertThat(site.jiraSite().notifications()).singleElement()
            .satisfies(n -> assertThat(n.subject()).isEqualTo("Old subject"));
        assertThat(site.jiraSite().bulkUserCalls()).isZero();
    }

}
