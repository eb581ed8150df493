package com.icr.jira;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.client.match.MockRestRequestMatchers.content;
import static org.springframework.test.web.client.match.MockRestRequestMatchers.method;
import static org.springframework.test.web.client.match.MockRestRequestMatchers.requestTo;
import static org.springframework.test.web.client.response.MockRestResponseCreators.withStatus;

import com.icr.core.HostUnavailable;
import com.icr.privacy.AccountReport;
import com.icr.privacy.AccountStatus;
import com.icr.privacy.ReportedAccount;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.client.MockRestServiceServer;
import org.springframework.web.client.RestTemplate;

/** One call to the personal data reporting API, as the guide describes its answers. */
class ReportAccountsTest {

    static final String URL = "https://site.atlassian.net/app/report-accounts/";

    final RestTemplate client = new RestTemplate();

    final MockRestServiceServer api = MockRestServiceServer.bindTo(client).build();

    final List<ReportedAccount> accounts = List.of(
            new ReportedAccount("557058:a", Instant.parse("2026-01-02T03:04:05Z")),
            new ReportedAccount("557058:b", Instant.parse("2026-01-03T03:04:05Z")));

    @Test
    void sendsEachAccountWithWhenTheAppLastHadNewsOfIt() {
        api.expect(requestTo(URL))
            .andExpect(method(HttpMethod.POST))
            .andExpect(
                    content().json("{\"accounts\":[{\"accountId\":\"557058:a\",\"updatedAt\":\"2026-01-02T03:04:05Z\"},"
                            + "{\"accountId\":\"557058:b\",\"updatedAt\":\"2026-01-03T03:04:05Z\"}]}", true))
            .andRespond(withStatus(HttpStatus.NO_CONTENT));

        AccountReport report = ReportAccounts.post(client, URL, accounts);

        assertThat(report.statuses()).isEmpty();
        assertThat(report.cyclePeriod()).isNull();
        api.verify();
    }

    @Test
    void readsClosedAndUpdatedAccountsAndTheCyclePeriodInHours() {
        HttpHeaders headers = new HttpHeaders();
        headers.set("Cycle-Period", "720");
        api.expect(requestTo(URL))
            .andRespond(withStatus(HttpStatus.OK).contentType(MediaType.APPLICATION_JSON)
                .headers(headers)
                .body("{\"accounts\":[{\"accountId\":\"557058:a\",\"status\":\"closed\"},"
                        + "{\"accountId\":\"557058:b\",\"status\":\"updated\"}]}"));

        AccountReport report = ReportAccounts.post(client, URL, accounts);

        assertThat(report.statuses())
            .isEqualTo(Map.of("557058:a", AccountStatus.CLOSED, "557058:b", AccountStatus.UPDATED));
        assertThat(report.cyclePeriod()).isEqualTo(Duration.ofDays(30));
    }

    @Test
    void aRateLimitIsAWaitForTheDelivery() {
        HttpHeaders headers = new HttpHeaders();
        headers.set(HttpHeaders.RETRY_AFTER, "30");
        api.expect(requestTo(URL)).andRespond(withStatus(HttpStatus.TOO_MANY_REQUESTS).headers(headers));

        assertThatThrownBy(() -> ReportAccounts.post(client, URL, accounts)).isInstanceOf(HostUnavailable.class)
            .satisfies(e -> assertThat(((HostUnavailable) e).retryAfter()).contains(Duration.ofSeconds(30)));
    }

    @Test
    void neverSendsMoreThan90Accounts() {
        List<ReportedAccount> many = IntStream.range(0, 91)
            .mapToObj(i -> new ReportedAccount("557058:" + i, Instant.EPOCH))
            .toList();

        assertThatThrownBy(() -> ReportAccounts.post(client, URL, many)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aMissingOrBrokenCyclePeriodIsNone() {
        assertThat(ReportAccounts.cyclePeriod(null)).isNull();
        assertThat(ReportAccounts.cyclePeriod("soon")).isNull();
        assertThat(ReportAccounts.cyclePeriod(" 168 ")).isEqualTo(Duration.ofDays(7));
    }

}
