package com.icr.digest;

import static org.assertj.core.api.Assertions.assertThat;

import com.icr.core.AccountId;
import com.icr.core.Period;
import com.icr.relationship.DepartmentRef;
import com.icr.relationship.RelationshipView;
import com.icr.request.DeclineReason;
import com.icr.request.DigestRequests;
import com.icr.satisfaction.GivenThanks;
import com.icr.satisfaction.LowRating;
import com.icr.tenant.Person;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The digest page's words and escaping, and the schedule's periods, without the app.
 */
class DigestPageTest {

    static final Instant WRITTEN = Instant.parse("2026-12-07T06:00:00Z");

    static RelationshipView relationship(String sponsor) {
        return new RelationshipView("r1", new DepartmentRef("p", "IT <Ops>", false),
                new DepartmentRef("c", "HR & People", false), "owner-p", "owner-c", sponsor, null, null, null, null,
                WRITTEN);
    }

    static Person person(String id, String name, Locale locale) {
        return new Person(new AccountId(id), name, null, locale, false);
    }

    static DigestContent content(String sponsor, Map<String, Person> people) {
        Period week = new Period("week-2026-11-30", LocalDate.parse("2026-11-30"), LocalDate.parse("2026-12-06"));
        return new DigestContent(relationship(sponsor), week,
                List.of(new DigestRequests.Declined("1", "IT-1", DeclineReason.NO_CAPACITY, "<script>alert(1)</script>",
                        WRITTEN)),
                List.of(new LowRating("2", "IT-2", "rater", 1, 5, "no", "\"Terrible\" & <img src=x onerror=alert(1)>",
                        WRITTEN)),
                List.of(new DigestRequests.Missed("3", "IT-3", WRITTEN.minusSeconds(86400 * 3), WRITTEN)), List.of(),
                List.of(new GivenThanks("t", "owner-c", "c", "p", List.of("owner-p"), "Thanks for the <fix>", null,
                        null, false, WRITTEN)),
                people);
    }

    @Test
    void everyValueIsEscapedInTheStorageFormat() {
        DigestPage page = DigestPage.of(content(null, Map.of()), WRITTEN);

        assertThat(page.body()).doesNotContain("<script>", "<img", "<fix>")
            .contains("&lt;script&gt;alert(1)&lt;/script&gt;", "&quot;Terrible&quot; &amp; &lt;img src=x",
                    "Thanks for the &lt;fix&gt;");
        // the title travels as JSON text, which Confluence escapes itself
        assertThat(page.title()).isEqualTo("IT <Ops> \u2192 HR & People: digest");
        // well-formed XHTML: Confluence refuses anything else
        assertThat(page.body().split("<li>", -1).length).isEqualTo(page.body().split("</li>", -1).length);
    }

    @Test
    void theSponsorsLanguageFirstThenAnOwnersThenEnglish() {
        Map<String, Person> people = Map.of("sponsor", person("sponsor", "Sabine", Locale.GERMANY), "owner-p",
                person("owner-p", "Olga", Locale.UK), "owner-c", person("owner-c", "Carl", null), "rater",
                person("rater", "Rita", null));

        DigestPage german = DigestPage.of(content("sponsor", people), WRITTEN);
        assertThat(german.title()).endsWith(": Digest");
        assertThat(german.body()).contains("Vom 30. Nov. 2026 bis 6. Dez. 2026", "Neue Absagen (1)",
                "In diesem Zeitraum keine Kapazit\u00e4t", "1 von 5 von Rita", "Erwartungen erf\u00fcllt: nein",
                "Verfehlte Servicezusagen (1)", "Neue Frustrationen und Vorschl\u00e4ge (0)", "Diesmal nichts.",
                "Carl dankte Olga", "Executive Sponsor: Sabine");

        DigestPage english = DigestPage.of(content("nobody-known", people), WRITTEN);
        assertThat(english.body()).contains("From 30 Nov 2026 to 6 Dec 2026", "New noes (1)", "No capacity this period",
                "Executive sponsor: a former user");
        assertThat(DigestPage.of(content(null, Map.of()), WRITTEN).body()).contains("Low ratings (1)",
                "Executive sponsor: nobody named");
    }

    @Test
    void mondaysCoverTheWeekBeforeAndTheFirstMondayTheMonthBefore() {
        assertThat(DigestSchedule.lastRun(Instant.parse("2026-12-07T05:59:00Z"))).isEqualTo("2026-11-30");
        assertThat(DigestSchedule.lastRun(Instant.parse("2026-12-07T06:00:00Z"))).isEqualTo("2026-12-07");
        assertThat(DigestSchedule.lastRun(Instant.parse("2026-12-10T12:00:00Z"))).isEqualTo("2026-12-07");
        assertThat(DigestSchedule.nextRun(Instant.parse("2026-12-10T12:00:00Z")))
            .isEqualTo(Instant.parse("2026-12-14T06:00:00Z"));

        Period week = DigestSchedule.scheduled(Frequency.WEEKLY, LocalDate.parse("2026-12-07")).orElseThrow();
        assertThat(week.from()).isEqualTo("2026-11-30");
        assertThat(week.to()).isEqualTo("2026-12-06");
        Period month = DigestSchedule.scheduled(Frequency.MONTHLY, LocalDate.parse("2026-12-07")).orElseThrow();
        assertThat(month.from()).isEqualTo("2026-11-01");
        assertThat(month.to()).isEqualTo("2026-11-30");
        assertThat(DigestSchedule.scheduled(Frequency.MONTHLY, LocalDate.parse("2026-12-14"))).isEmpty();
    }

}
