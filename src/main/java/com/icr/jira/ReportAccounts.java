package com.icr.jira;

import com.fasterxml.jackson.databind.JsonNode;
import com.icr.core.HostUnavailable;
import com.icr.privacy.AccountReport;
import com.icr.privacy.AccountStatus;
import com.icr.privacy.ReportedAccount;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.client.HttpStatusCodeException;
import org.springframework.web.client.RestClientException;
import org.springframework.web.client.RestTemplate;

/**
 * One call to Atlassian's personal data reporting API
 * ({@code POST /app/report-accounts/}), whichever door signs it: the accounts with the
 * time the app last had news of each; 204 when nothing needs doing, else 200 with the
 * accounts {@code closed} or {@code updated}; {@code Cycle-Period} (hours) asks for a
 * longer cycle; 429 and 5xx with {@code Retry-After} to wait.
 */
public final class ReportAccounts {

    /**
     * The API's path, under the product's base URL (Connect) or api.atlassian.com
     * (Forge).
     */
    public static final String PATH = "/app/report-accounts/";

    private ReportAccounts() {
    }

    public static AccountReport post(RestTemplate client, String url, List<ReportedAccount> accounts) {
        if (accounts.size() > 90) {
            throw new IllegalArgumentException("at most 90 accounts a call");
        }
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        headers.setAccept(List.of(MediaType.APPLICATION_JSON));
        Map<String, Object> body = Map.of("accounts",
                accounts.stream()
                    .map(a -> Map.of("accountId", a.accountId(), "updatedAt", a.updatedAt().toString()))
                    .toList());
        ResponseEntity<JsonNode> answer;
        try {
            answer = client.exchange(url, HttpMethod.POST, new HttpEntity<>(body, headers), JsonNode.class);
        }
        catch (HttpStatusCodeException e) {
            throw new HostUnavailable(e, RetryAfter.of(e).orElse(null), "host.reporting-answered",
                    e.getRawStatusCode());
        }
        catch (RestClientException e) {
            throw new HostUnavailable(e, "host.reporting-no-answer");
        }
        Duration cycle = cyclePeriod(answer.getHeaders().getFirst("Cycle-Period"));
        if (answer.getStatusCode() == HttpStatus.NO_CONTENT || answer.getBody() == null) {
            return AccountReport.nothingToDo(cycle);
        }
        Map<String, AccountStatus> statuses = new HashMap<>();
        for (JsonNode account : answer.getBody().path("accounts")) {
            String status = account.path("status").asText("");
            String id = account.path("accountId").asText("");
            if (status.equals("closed")) {
                statuses.put(id, AccountStatus.CLOSED);
            }
            else if (status.equals("updated")) {
                statuses.put(id, AccountStatus.UPDATED);
            }
        }
        return new AccountReport(statuses, cycle);
    }

    static Duration cyclePeriod(String hours) {
        if (hours == null || hours.isBlank()) {
            return null;
        }
        try {
            long value = Long.parseLong(hours.strip());
            return value > 0 ? Duration.ofHours(value) : null;
        }
        catch (NumberFormatException e) {
            return null;
        }
    }

}
