package com.icr.digest;

import com.icr.satisfaction.LowRating;
import com.icr.tenant.Person;
import java.time.Instant;
import java.util.List;
import java.util.function.Function;

/**
 * A relationship's digest as a Confluence page: its title and its body in Confluence's
 * storage format (XHTML), in the reader's language. Every value that comes from people or
 * from the host (names, comments, notes, issue keys) is escaped.
 */
record DigestPage(String title, String body) {

    /** The page every relationship's digest page is kept under. */
    static final String PARENT_TITLE = "Internal customer digest";

    static DigestPage of(DigestContent content, Instant writtenAt) {
        DigestWords words = content.words();
        var relationship = content.relationship();
        String title = words.text("digest.title", relationship.provider().name(), relationship.customer().name());
        StringBuilder body = new StringBuilder();
        paragraph(body, "<strong>" + escape(
                words.text("digest.period", words.day(content.period().from()), words.day(content.period().to())))
                + "</strong>");
        paragraph(body, escape(words.text("digest.intro", words.day(writtenAt))));
        paragraph(body,
                escape(words.text("digest.people", name(content, words, relationship.providerOwnerAccountId()),
                        name(content, words, relationship.customerOwnerAccountId()),
                        name(content, words, relationship.executiveSponsorAccountId()))));
        section(body, words, words.text("digest.noes", content.noes().size()), content.noes(), no -> {
            String reason = no.reason() == null ? words.text("digest.reason.none")
                    : words.text("digest.reason." + no.reason().key());
            String item = escape(words.text("digest.no.item", keyOf(no.issueKey(), no.issueId()), reason));
            return no.note() == null || no.note().isBlank() ? item
                    : item + "<br/>" + escape(words.text("digest.no.note", no.note()));
        });
        section(body, words, words.text("digest.low-ratings", content.lowRatings().size()), content.lowRatings(),
                rating -> escape(words.text("digest.rating.item", keyOf(rating.issueKey(), rating.issueId()),
                        rating.rating(), name(content, words, rating.accountId()), met(words, rating), rating.outOf()))
                        + "<br/>" + escape(rating.comment().isBlank() ? words.text("digest.rating.no-comment")
                                : words.text("digest.rating.comment", rating.comment())));
        section(body, words, words.text("digest.missed", content.missed().size()), content.missed(),
                missed -> escape(words.text("digest.missed.item", keyOf(missed.issueKey(), missed.issueId()),
                        missed.createdAt() == null ? "?" : words.day(missed.createdAt()),
                        words.day(missed.resolvedAt()))));
        section(body, words, words.text("digest.raised", content.raised().size()), content.raised(),
                item -> escape(words.text("digest.raised.item", words.text("digest.kind." + item.kind().key()),
                        name(content, words, item.createdByAccountId()), item.departmentName())) + "<br/>"
                        + escape(item.text()));
        section(body, words, words.text("digest.thanks", content.thanks().size()), content.thanks(),
                thanks -> escape(words.text(
                        "digest.thanks.item", name(content, words, thanks.from()),
                        String.join(", ", thanks.to().stream().map(a -> name(content, words, a)).toList())))
                        + (thanks.message() == null || thanks.message().isBlank() ? ""
                                : "<br/>" + escape(thanks.message())));
        paragraph(body, "<em>" + escape(words.text("digest.footer")) + "</em>");
        return new DigestPage(title, body.toString());
    }

    private static <T> void section(StringBuilder body, DigestWords words, String heading, List<T> items,
            Function<T, String> item) {
        body.append("<h2>").append(escape(heading)).append("</h2>");
        if (items.isEmpty()) {
            paragraph(body, escape(words.text("digest.none")));
            return;
        }
        body.append("<ul>");
        for (T each : items) {
            body.append("<li>").append(item.apply(each)).append("</li>");
        }
        body.append("</ul>");
    }

    private static void paragraph(StringBuilder body, String xhtml) {
        body.append("<p>").append(xhtml).append("</p>");
    }

    private static String met(DigestWords words, LowRating rating) {
        return switch (rating.met()) {
            case "yes", "partly", "no" -> words.text("digest.met." + rating.met());
            default -> rating.met();
        };
    }

    private static String keyOf(String issueKey, String issueId) {
        return issueKey == null || issueKey.isBlank() ? "#" + issueId : issueKey;
    }

    private static String name(DigestContent content, DigestWords words, String accountId) {
        if (accountId == null || accountId.isBlank()) {
            return words.text("digest.nobody");
        }
        Person person = content.people().get(accountId);
        if (person == null || person.former() || person.displayName() == null) {
            return words.text("digest.former");
        }
        return person.displayName();
    }

    /** XML text and attribute escaping for the storage format. */
    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> {
                    if (c < 0x20 && c != '\n' && c != '\t' && c != '\r') {
                        out.append(' '); // not allowed in XML
                    }
                    else {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }

    @Override
    public String toString() {
        return "DigestPage[" + title + "]"; // never the body
    }

}
