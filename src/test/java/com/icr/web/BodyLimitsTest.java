package com.icr.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.icr.support.AppTest;
import com.icr.support.HostSimulator;
import com.icr.support.Qsh;
import com.icr.support.TestSites;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Bodies have limits, and a caller who may not call is refused before their body is read:
 * a refusal of a body that is never sent proves that nothing waited for it.
 */
@AppTest
class BodyLimitsTest {

    private static final String MEMBER = "557058:mo-member";

    private static final String HEADER = "provider,customer,deliverables,expectations,customer_gives_back,first_response_hours,"
            + "resolution_hours,provider_owner,customer_owner,executive_sponsor\n";

    @LocalServerPort
    int port;

    TestSites site;

    final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @BeforeEach
    void setUp() {
        site = TestSites.installed(new HostSimulator("http://localhost:" + port));
    }

    @Test
    void aSixMegabyteImportIsForbiddenToAMemberBeforeItIsReadAndTooLargeForAnAdministrator() throws Exception {
        long sixMegabytes = 6L * 1024 * 1024;

        // Only the headers are sent: both answers come without a byte of the body having
        // been asked for.
        Raw member = raw("/api/matrix/import", as(MEMBER), "text/csv", sixMegabytes, null);
        Raw admin = raw("/api/matrix/import", as(TestSites.ADMIN), "text/csv", sixMegabytes, null);

        assertThat(member.status()).as(member.body()).isEqualTo(403);
        assertThat(admin.status()).as(admin.body()).isEqualTo(413);
        assertThat(admin.body()).contains("\"status\":413").contains("5 MB").contains("\"field\":\"body\"");
        assertThat(site.asAdmin("GET", "/api/departments", null).jsonList()).isEmpty();
    }

    @Test
    void aChunkedImportIsCountedWhileItIsReadAndRefusedPastFiveMegabytes() throws Exception {
        byte[] csv = java.util.Arrays.copyOf(sixMegabytesOfCsv(), 5 * 1024 * 1024 + 100 * 1024);

        Raw admin = raw("/api/matrix/import", as(TestSites.ADMIN), "text/csv", -1, csv);

        assertThat(admin.status()).as(admin.body()).isEqualTo(413);
        assertThat(site.asAdmin("GET", "/api/departments", null).jsonList()).isEmpty();
    }

    @Test
    void anImportWithinTheLimitStillWorks() throws Exception {
        HttpResponse<String> admin = http
            .send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/matrix/import"))
                .header("Authorization", as(TestSites.ADMIN))
                .header("Content-Type", "text/csv")
                .POST(HttpRequest.BodyPublishers.ofString(HEADER + "Marketing,Sales,Leads,,,,,,,\n"))
                .build(), HttpResponse.BodyHandlers.ofString());

        assertThat(admin.statusCode()).as(admin.body()).isEqualTo(200);
        assertThat(site.asAdmin("GET", "/api/departments", null).jsonList()).hasSize(2);
    }

    @Test
    void anOversizedJsonBodyIsRefusedWith413AndNothingIsStored() throws Exception {
        byte[] json = ("{\"name\":\"Legal\",\"description\":\"" + "x".repeat(300 * 1024) + "\"}")
            .getBytes(StandardCharsets.UTF_8);

        Raw declared = raw("/api/departments", as(TestSites.ADMIN), "application/json", json.length, null);
        Raw chunked = raw("/api/departments", as(TestSites.ADMIN), "application/json", -1, json);

        assertThat(declared.status()).as(declared.body()).isEqualTo(413);
        assertThat(declared.body()).contains("256 kB").contains("\"path\":\"/api/departments\"");
        assertThat(chunked.status()).as(chunked.body()).isEqualTo(413);
        assertThat(chunked.body()).contains("256 kB");
        assertThat(site.asAdmin("GET", "/api/departments", null).jsonList()).isEmpty();
    }

    @Test
    void anOversizedWebhookIsRefusedWith413() throws Exception {
        String path = "/webhooks/jira/issue";
        String token = site.host().jwt(site.jira()).qsh(Qsh.of("POST", path)).subject(null).sign();
        byte[] json = ("{\"webhookEvent\":\"jira:issue_updated\",\"padding\":\""
                + "x".repeat(2 * 1024 * 1024 + 100 * 1024) + "\"}")
            .getBytes(StandardCharsets.UTF_8);

        Raw declared = raw(path, "JWT " + token, "application/json", json.length, null);
        Raw chunked = raw(path, "JWT " + token, "application/json", -1, json);

        assertThat(declared.status()).as(declared.body()).isEqualTo(413);
        assertThat(declared.body()).contains("2 MB");
        assertThat(chunked.status()).as(chunked.body()).isEqualTo(413);
    }

    private String as(String accountId) {
        return "JWT " + site.host().jwt(site.jira()).context().subject(accountId).sign();
    }

    record Raw(int status, String body) {
    }

    /**
     * A POST over a plain socket: with {@code contentLength} and no body, only the
     * headers are sent (what a server answers then, it answered without reading the
     * body); with a body and {@code -1}, the body is sent chunked (no Content-Length), in
     * 64 kB chunks, from another thread while the answer is read.
     */
    private Raw raw(String path, String authorization, String contentType, long contentLength, byte[] chunkedBody)
            throws Exception {
        try (Socket socket = new Socket("localhost", port)) {
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            String head = "POST " + path + " HTTP/1.1\r\nHost: localhost:" + port + "\r\nAuthorization: "
                    + authorization + "\r\nContent-Type: " + contentType + "\r\n"
                    + (contentLength >= 0 ? "Content-Length: " + contentLength : "Transfer-Encoding: chunked")
                    + "\r\n\r\n";
            out.write(head.getBytes(StandardCharsets.US_ASCII));
            out.flush();
            Thread sender = null;
            if (chunkedBody != null) {
                sender = new Thread(() -> {
                    try {
                        for (int i = 0; i < chunkedBody.length; i += 65536) {
                            int n = Math.min(65536, chunkedBody.length - i);
                            out.write((Integer.toHexString(n) + "\r\n").getBytes(StandardCharsets.US_ASCII));
                            out.write(chunkedBody, i, n);
                            out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
                        }
                        out.write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
                        out.flush();
                    }
                    catch (IOException e) {
                        // the server refused and closed: what the test expects
                    }
                });
                sender.start();
            }
            InputStream in = socket.getInputStream();
            StringBuilder answer = new StringBuilder();
            byte[] buffer = new byte[8192];
            while (!complete(answer)) {
                int n = in.read(buffer);
                if (n < 0) {
                    break;
                }
                answer.append(new String(buffer, 0, n, StandardCharsets.UTF_8));
            }
            if (sender != null) {
                socket.shutdownInput();
            }
            String text = answer.toString();
            int status = Integer.parseInt(text.substring(9, 12));
            int headEnd = text.indexOf("\r\n\r\n");
            return new Raw(status, headEnd < 0 ? "" : text.substring(headEnd + 4));
        }
    }

    /** The head and a whole JSON object after it. */
    private static boolean complete(StringBuilder answer) {
        int headEnd = answer.indexOf("\r\n\r\n");
        if (headEnd < 0) {
            return false;
        }
        String body = answer.substring(headEnd + 4);
        long open = body.chars().filter(c -> c == '{').count();
        return open > 0 && open == body.chars().filter(c -> c == '}').count();
    }

    private static byte[] sixMegabytesOfCsv() {
        StringBuilder csv = new StringBuilder(HEADER);
        int row = 0;
        while (csv.length() < 6 * 1024 * 1024) {
            csv.append("Provider ").append(row).append(",Customer ").append(row).append(",Deliverables,,,,,,,\n");
            row++;
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

}
