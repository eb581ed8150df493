package com.icr.satisfaction;

import com.icr.core.AccountId;
import com.icr.tenant.Person;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.context.MessageSource;

/**
 * A message to people about an issue (asked to rate it, reminded, told of a low answer,
 * thanked), queued in the intake as an outbox and sent by the site's {@link Notifier}. It
 * is written when sent, in each recipient's language ({@link #in}): {@code message} names
 * its words in the {@code i18n/notices} bundles ({@code notice.<message>.subject} and
 * {@code .text}), {@code parts} are their arguments, people by account id (named when
 * sent, never stored by name), dates and numbers formatted for the reader.
 * {@code subject} and {@code text} are its English wording with nobody named, for logs
 * (and what a notice queued before notices had words of their own is sent with). The text
 * is plain: the notifier adds the link to the issue and escapes what it renders.
 */
public record Notice(String issueId, String issueKey, List<String> to, String subject, String text, String message,
        List<Part> parts) {

    /** The language a notice is written in for a reader whose language nobody knows. */
    public static final Locale DEFAULT_LOCALE = Locale.ENGLISH;

    public Notice {
        parts = parts == null ? List.of() : List.copyOf(parts);
    }

    /** A notice with its words as they are, in one language for all. */
    public Notice(String issueId, String issueKey, List<String> to, String subject, String text) {
        this(issueId, issueKey, to, subject, text, null, List.of());
    }

    /** What one argument of a notice's words is, and how it is written for a reader. */
    public enum Kind {

        /** Words as they are (a department's name, an issue key, a comment). */
        TEXT,
        /** An account id: the person's name. */
        PERSON,
        /** An instant: its day (UTC), in the reader's date format. */
        DATE,
        /** A whole number, in the reader's number format. */
        NUMBER,
        /** A key of the notices bundle: its words in the reader's language. */
        WORDS,
        /** An issue without a key: "issue <id>" in the reader's language. */
        ISSUE_ID

    }

    public record Part(Kind kind, String value) {

        public static Part text(String value) {
            return new Part(Kind.TEXT, value);
        }

        public static Part person(String accountId) {
            return new Part(Kind.PERSON, accountId);
        }

        public static Part date(Instant at) {
            return new Part(Kind.DATE, at == null ? null : at.toString());
        }

        public static Part number(long value) {
            return new Part(Kind.NUMBER, Long.toString(value));
        }

        public static Part words(String key) {
            return new Part(Kind.WORDS, key);
        }

        public static Part issue(String issueKey, String issueId) {
            return issueKey == null ? new Part(Kind.ISSUE_ID, issueId) : text(issueKey);
        }
    }

    /**
     * A notice's words for one reader: subject, text and the words of its link to the
     * issue.
     */
    public record Written(String subject, String text, String link) {
    }

    /**
     * A notice to be written for each reader: its words named by {@code message}, its
     * English wording (nobody named) kept for logs.
     */
    public static Notice of(MessageSource messages, String issueId, String issueKey, List<String> to, String message,
            List<Part> parts) {
        Notice unwritten = new Notice(issueId, issueKey, to, null, null, message, parts);
        Written english = unwritten.in(messages, DEFAULT_LOCALE, Map.of());
        return new Notice(issueId, issueKey, to, english.subject(), english.text(), message, parts);
    }

    /** The account ids the notice's words name (besides its recipients). */
    public Set<String> peopleNamed() {
        Set<String> named = new LinkedHashSet<>();
        parts.stream().filter(p -> p.kind() == Kind.PERSON && p.value() != null).forEach(p -> named.add(p.value()));
        return named;
    }

    /**
     * The notice in this reader's language: the people it names by their names as
     * {@code people} has them (a former user as such, someone nobody could name as
     * "someone"), dates and numbers as the reader writes them. A notice queued with its
     * words already written is sent as it is, with an English link.
     */
    public Written in(MessageSource messages, Locale locale, Map<AccountId, Person> people) {
        String link = issueKey == null ? messages.getMessage("notice.link.issue", null, locale)
                : messages.getMessage("notice.link", new Object[] { issueKey }, locale);
        if (message == null) {
            return new Written(subject, text, link);
        }
        Object[] arguments = new Object[parts.size()];
        for (int i = 0; i < parts.size(); i++) {
            arguments[i] = written(parts.get(i), messages, locale, people);
        }
        return new Written(messages.getMessage("notice." + message + ".subject", arguments, locale),
                messages.getMessage("notice." + message + ".text", arguments, locale), link);
    }

    private static String written(Part part, MessageSource messages, Locale locale, Map<AccountId, Person> people) {
        if (part.value() == null) {
            return "–";
        }
        return switch (part.kind()) {
            case TEXT -> part.value();
            case WORDS -> messages.getMessage(part.value(), null, locale);
            case ISSUE_ID -> messages.getMessage("notice.issue", new Object[] { part.value() }, locale);
            case NUMBER -> NumberFormat.getIntegerInstance(locale).format(Long.parseLong(part.value()));
            case DATE -> DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
                .withLocale(locale)
                .format(LocalDate.ofInstant(Instant.parse(part.value()), ZoneOffset.UTC));
            case PERSON -> nameOf(part.value(), messages, locale, people);
        };
    }

    private static String nameOf(String accountId, MessageSource messages, Locale locale,
            Map<AccountId, Person> people) {
        Person person;
        try {
            person = people.get(new AccountId(accountId));
        }
        catch (IllegalArgumentException e) {
            person = null;
        }
        if (person != null && person.displayName() != null) {
            return person.displayName();
        }
        return messages.getMessage(person != null && person.former() ? "notice.formerUser" : "notice.someone", null,
                locale);
    }

    /** The recipients as account ids, those that are. */
    public List<AccountId> recipients() {
        List<AccountId> ids = new ArrayList<>();
        for (String id : to) {
            try {
                ids.add(new AccountId(id));
            }
            catch (IllegalArgumentException e) {
                // not an account: nobody Jira could email
            }
        }
        return ids;
    }

}
