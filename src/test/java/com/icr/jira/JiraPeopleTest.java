package com.icr.jira;

import static org.assertj.core.api.Assertions.assertThat;

import com.icr.core.AccountId;
import com.icr.privacy.AccountsUpdated;
import com.icr.support.AppTest;
import com.icr.support.HostSimulator;
import com.icr.support.TestSites;
import com.icr.tenant.Person;
import com.icr.tenant.TenantId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The site's people as its Jira's bulk user API tells (the Jira stand-in knows their
 * names, avatars and locales): one call for those not kept, kept a few minutes per site,
 * former users for what Jira does not know and for tombstones, read again when Atlassian
 * says they changed, and never an error when Jira cannot answer.
 */
@AppTest
class JiraPeopleTest {

    private static final AccountId ANNA = new AccountId("557058:anna-people");

    private static final AccountId BEN = new AccountId("557058:ben-people");

    private static final AccountId GONE = new AccountId("557058:gone-people");

    private static final AccountId CLOSED = new AccountId("557058:closed-people");

    private static final AccountId TOMBSTONE = new AccountId("former-user:0123456789abcdef0123456789abcdef");

    @LocalServerPort
    int port;

    @Autowired
    JiraPeople people;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    JdbcTemplate jdbc;

    TestSites site;

    TenantId tenant;

    @BeforeEach
    void setUp() {
        site = TestSites.installed(new HostSimulator("http://localhost:" + port));
        site.jiraSite()
            .user(ANNA.value(), "Anna Alvarez", "de_DE")
            .user(BEN.value(), "Ben Baker", null)
            .inactiveUser(CLOSED.value(), null);
        tenant = tenantOf(site);
    }

    @Test
    void asksJiraOnceForAllUnknownPeopleAndKeepsTheAnswer() {
        Map<AccountId, Person> first = people.of(tenant, List.of(ANNA, BEN, ANNA));

        assertThat(first.get(ANNA).displayName()).isEqualTo("Anna Alvarez");
        assertThat(first.get(ANNA).avatarUrl()).endsWith("/48.svg");
        assertThat(first.get(ANNA).locale()).isEqualTo(Locale.GERMANY);
        assertThat(first.get(BEN).displayName()).isEqualTo("Ben Baker");
        assertThat(first.get(BEN).preferredLocale()).isEmpty();
        assertThat(site.jiraSite().bulkUserCalls()).isEqualTo(1);
        assertThat(site.jiraSite().calls()).anySatisfy(call -> assertThat(call).startsWith("GET /rest/api/3/user/bulk?")
            .contains("accountId=" + ANNA.value())
            .contains("accountId=" + BEN.value()));

        site.jiraSite().user(ANNA.value(), "Renamed Meanwhile", null);
        Map<AccountId, Person> again = people.of(tenant, List.of(BEN, ANNA));

        assertThat(again.get(ANNA).displayName()).isEqualTo("Anna Alvarez");
        assertThat(site.jiraSite().bulkUserCalls()).as("kept: no second call").isEqualTo(1);
    }

    @Test
    void unknownClosedAndErasedAccountsAreFormerUsersWithoutAnError() {
        Map<AccountId, Person> answer = people.of(tenant, List.of(GONE, CLOSED, TOMBSTONE, BEN));

        assertThat(answer.get(GONE)).isEqualTo(Person.former(GONE));
        assertThat(answer.get(CLOSED)).isEqualTo(Person.former(CLOSED));
        assertThat(answer.get(TOMBSTONE)).isEqualTo(Person.former(TOMBSTONE));
        assertThat(answer.get(BEN).former()).isFalse();
        assertThat(site.jiraSite().calls()).filteredOn(c -> c.startsWith("GET /rest/api/3/user/bulk"))
            .singleElement()
            .satisfies(call -> assertThat(call).doesNotContain("former-user"));

        people.of(tenant, List.of(TOMBSTONE));
        assertThat(site.jiraSite().bulkUserCalls()).as("a tombstone is never asked about").isEqualTo(1);
    }

    @Test
    void anUpdatedAccountIsReadAgain() {
        people.of(tenant, List.of(ANNA, BEN));
        site.jiraSite().user(ANNA.value(), "Anna Alvarez-Berg", "de_DE");

        events.publishEvent(new AccountsUpdated(tenant, Set.of(ANNA.value())));
        Map<AccountId, Person> answer = people.of(tenant, List.of(ANNA, BEN));

        assertThat(answer.get(ANNA).displayName()).isEqualTo("Anna Alvarez-Berg");
        assertThat(site.jiraSite().bulkUserCalls()).isEqualTo(2);
        assertThat(site.jiraSite().calls()).filteredOn(c -> c.startsWith("GET /rest/api/3/user/bulk"))
            .last()
            .satisfies(call -> assertThat(call).contains(ANNA.value()).doesNotContain(BEN.value()));
    }

    @Test
    void eachSiteAsksItsOwnJiraAndKeepsItsOwnAnswer() {
        TestSites other = TestSites.installed(site.host());
        other.jiraSite().user(ANNA.value(), "Another Anna", null);

        assertThat(people.of(tenant, List.of(ANNA)).get(ANNA).displayName()).isEqualTo("Anna Alvarez");
        assertThat(people.of(tenantOf(other), List.of(ANNA)).get(ANNA).displayName()).isEqualTo("Another Anna");
        assertThat(people.of(tenantOf(other), List.of(BEN)).get(BEN).former()).as("Ben is not of the other site")
            .isTrue();
        assertThat(site.jiraSite().bulkUserCalls()).isEqualTo(1);
        assertThat(other.jiraSite().bulkUserCalls()).isEqualTo(2);
    }

    @Test
    void whenJiraCannotAnswerThePeopleAreUnknownNotFormerAndAskedAgainLater() {
        people.of(tenant, List.of(BEN));
        site.jiraSite().failWith(500);
        Map<AccountId, Person> answer;
        try {
            answer = people.of(tenant, List.of(ANNA, BEN));
        }
        finally {
            site.jiraSite().failWith(0);
        }

        assertThat(answer.get(BEN).displayName()).as("kept from before").isEqualTo("Ben Baker");
        assertThat(answer.get(ANNA)).isEqualTo(new Person(ANNA, null, null, null, false));
        assertThat(people.of(tenant, List.of(ANNA)).get(ANNA).displayName()).isEqualTo("Anna Alvarez");
    }

    @Test
    void moreThanTwoHundredPeopleTakeOneCallPerTwoHundred() {
        List<AccountId> many = new ArrayList<>();
        for (int i = 0; i < 250; i++) {
            AccountId id = new AccountId("557058:many-" + i);
            site.jiraSite().user(id.value(), "Person " + i, null);
            many.add(id);
        }

        Map<AccountId, Person> answer = people.of(tenant, many);

        assertThat(answer).hasSize(250).allSatisfy((id, person) -> assertThat(person.displayName()).isNotNull());
        assertThat(site.jiraSite().bulkUserCalls()).isEqualTo(2);
    }

    private TenantId tenantOf(TestSites sites) {
        return new TenantId(jdbc.queryForObject("select tenant_id from installation where client_key = ?", String.class,
                sites.jira().clientKey()));
    }

}
