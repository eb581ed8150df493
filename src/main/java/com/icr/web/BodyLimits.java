package com.icr.web;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import javax.servlet.FilterChain;
import javax.servlet.ReadListener;
import javax.servlet.ServletException;
import javax.servlet.ServletInputStream;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletRequestWrapper;
import javax.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * How large a request body may be, per path, enforced before anything buffers it: a
 * {@code Content-Length} over the limit is a 413 at once, and a body without one
 * (chunked) is counted while it is read and refused with a 413 as soon as it passes the
 * limit. Nothing is kept of a refused body.
 *
 * <p>
 * Endpoints that must check who calls before they read ({@code /api/matrix/import}, Jira
 * administrators only) are <em>deferred</em>: the limit is enforced when the handler
 * first reads the body, so a caller who may not call gets their 403 and the body is never
 * read. Any path not in the table gets the JSON limit, the smallest.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 20)
class BodyLimits extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(BodyLimits.class);

    private final ErrorMessages messages;

    BodyLimits(ErrorMessages messages) {
        this.messages = messages;
    }

    /**
     * The API's JSON bodies: the largest legitimate one (a relationship's terms) is a few
     * kB.
     */
    static final long JSON = 256 * 1024;

    /**
     * Jira's issue webhooks carry the whole issue: text fields of up to 32,767 characters
     * each, old and new values in the changelog.
     */
    static final long WEBHOOK = 2 * 1024 * 1024;

    /** The matrix import, as its page says. */
    static final long CSV_IMPORT = 5 * 1024 * 1024;

    record Limit(String path, boolean prefix, long bytes, boolean deferred) {
        boolean matches(String uri) {
            return prefix ? uri.startsWith(path) : uri.equals(path);
        }
    }

    static final List<Limit> LIMITS = List.of(new Limit("/api/matrix/import", false, CSV_IMPORT, true),
            new Limit("/webhooks/", true, WEBHOOK, false), new Limit("/forge/events/", true, WEBHOOK, false));

    static Limit limitFor(String uri) {
        return LIMITS.stream()
            .filter(limit -> limit.matches(uri))
            .findFirst()
            .orElse(new Limit(uri, false, JSON, false));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Limit limit = limitFor(request.getRequestURI());
        long declared = request.getContentLengthLong();
        if (!limit.deferred() && declared > limit.bytes()) {
            refuse(request, response, limit.bytes());
            return;
        }
        Limited limited = new Limited(request, limit.bytes());
        try {
            chain.doFilter(limited, response);
        }
        catch (IOException | ServletException | RuntimeException e) {
            if (tooLarge(e) == null || response.isCommitted()) {
                throw e;
            }
            response.resetBuffer();
            refuse(request, response, limit.bytes());
            return;
        }
        if (response.getStatus() >= 400 && !response.isCommitted() && limited.unread(declared)) {
            // A refusal that left the body unread (a 403 before an import, a 413
            // mid-way): the client has it now,
            // not after the server has drained what it sends, and the connection is not
            // reused for the rest.
            response.setHeader("Connection", "close");
            response.flushBuffer();
        }
    }

    private void refuse(HttpServletRequest request, HttpServletResponse response, long bytes) throws IOException {
        log.debug("Refused a {} body over {} bytes for {}", request.getMethod(), bytes, request.getRequestURI());
        response.setHeader("Connection", "close");
        TooLarge.view(bytes, request, messages).writeTo(response);
        response.flushBuffer();
    }

    /**
     * The refusal in a cause chain, if there is one (a JSON converter wraps what the
     * stream threw).
     */
    static TooLarge tooLarge(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof TooLarge tooLarge) {
                return tooLarge;
            }
        }
        return null;
    }

    static String describe(long bytes) {
        return bytes % (1024 * 1024) == 0 ? bytes / (1024 * 1024) + " MB" : bytes / 1024 + " kB";
    }

    /**
     * Thrown from a body's stream when it passes its limit; answered with a 413 by the
     * filter or {@link ApiExceptionHandler}.
     */
    static final class TooLarge extends IOException {

        final long limit;

        TooLarge(long limit) {
            super("The request body is larger than the " + describe(limit) + " this endpoint accepts.");
            this.limit = limit;
        }

        static ErrorView view(long limit, HttpServletRequest request, ErrorMessages messages) {
            return ErrorView.of(HttpStatus.PAYLOAD_TOO_LARGE, messages.text(request, "web.too-large", describe(limit)),
                    request.getRequestURI(), "body");
        }

    }

    private static final class Limited extends HttpServletRequestWrapper {

        private final long limit;

        private Counting stream;

        Limited(HttpServletRequest request, long limit) {
            super(request);
            this.limit = limit;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (stream == null) {
                stream = new Counting(super.getInputStream(), getContentLengthLong(), limit);
            }
            return stream;
        }

        /** Whether a body was sent that nobody read to its end. */
        boolean unread(long declared) {
            boolean chunked = "chunked".equalsIgnoreCase(getHeader("Transfer-Encoding"));
            if (declared <= 0 && !chunked) {
                return false;
            }
            return stream == null || !stream.isFinished();
        }

        @Override
        public BufferedReader getReader() throws IOException {
            String encoding = getCharacterEncoding();
            Charset charset = encoding == null ? StandardCharsets.UTF_8 : Charset.forName(encoding);
            return new BufferedReader(new InputStreamReader(getInputStream(), charset));
        }

    }

    private static final class Counting extends ServletInputStream {

        private final ServletInputStream in;

        private final long declared;

        private final long limit;

        private long count;

        private boolean eof;

        Counting(ServletInputStream in, long declared, long limit) {
            this.in = in;
            this.declared = declared;
            this.limit = limit;
        }

        private void check(long more) throws TooLarge {
            if (declared > limit || count + more > limit) {
                throw new TooLarge(limit);
            }
        }

        @Override
        public int read() throws IOException {
            check(0);
            int b = in.read();
            eof |= b < 0;
            if (b >= 0) {
                check(1);
                count++;
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            check(0);
            int n = in.read(buffer, offset, length);
            eof |= n < 0;
            if (n > 0) {
                check(n);
                count += n;
            }
            return n;
        }

        @Override
        public boolean isFinished() {
            return eof || in.isFinished();
        }

        @Override
        public boolean isReady() {
            return in.isReady();
        }

        @Override
        public void setReadListener(ReadListener listener) {
            in.setReadListener(listener);
        }

    }

}
