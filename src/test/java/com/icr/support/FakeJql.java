package com.icr.support;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The stand-in Jira's JQL engine (Jira's own cannot run here): a small part of JQL,
 * evaluated against the issues {@link FakeJira} holds, with Jira's kind of errors for the
 * rest. Clauses {@code field = value}, {@code !=}, {@code in (a, b)},
 * {@code not in (...)} joined by {@code AND} and {@code OR} ({@code AND} first), values
 * bare or quoted, names compared ignoring case. Fields: {@code project} (key),
 * {@code issuetype}, {@code status} (name or id), {@code component} (name or id),
 * {@code reporter}, {@code assignee} (account ids), {@code key}. Any other field: "Field
 * 'x' does not exist or you do not have permission to view it.", as Jira answers.
 */
final class FakeJql {

    private static final Pattern CLAUSE = Pattern.compile(
            "\\s*([A-Za-z]+)\\s*(=|!=|not\\s+in|in)\\s*(\\(([^)]*)\\)|\"([^\"]*)\"|([^\\s()\"]+))\\s*",
            Pattern.CASE_INSENSITIVE);

    private static final Pattern JOIN = Pattern.compile("\\s+(AND|OR)\\s+", Pattern.CASE_INSENSITIVE);

    private FakeJql() {
    }

    /** Jira's errors for the query; none when the stand-in takes it. */
    static List<String> errors(String jql) {
        List<String> errors = new ArrayList<>();
        parse(jql, errors);
        return errors;
    }

    /**
     * Whether the issue (Jira's JSON of it) matches the query; call only with no errors.
     */
    static boolean matches(String jql, Map<String, Object> issue) {
        List<List<Clause>> anyOf = parse(jql, new ArrayList<>());
        return anyOf.stream().anyMatch(all -> all.stream().allMatch(c -> c.holdsFor(issue)));
    }

    private record Clause(String field, boolean negated, List<String> values) {

        boolean holdsFor(Map<String, Object> issue) {
            List<String> actual = valuesOf(field, issue);
            boolean any = actual.stream().anyMatch(a -> values.stream().anyMatch(v -> v.equalsIgnoreCase(a)));
            return negated != any;
        }
    }

    /** Disjunction of conjunctions; errors added for what Jira would reject. */
    private static List<List<Clause>> parse(String jql, List<String> errors) {
        List<List<Clause>> anyOf = new ArrayList<>();
        List<Clause> allOf = new ArrayList<>();
        String text = jql == null ? "" : jql.strip();
        if (text.isEmpty()) {
            errors.add("The JQL query is empty.");
            return anyOf;
        }
        Matcher join = JOIN.matcher(text);
        int start = 0;
        String nextJoin = null;
        while (true) {
            boolean more = join.find();
            String part = text.substring(start, more ? join.start() : text.length());
            Matcher clause = CLAUSE.matcher(part);
            if (!clause.matches()) {
                errors.add("Error in the JQL Query: expecting a clause but got '" + part.strip() + "'.");
                return anyOf;
            }
            String field = clause.group(1).toLowerCase(Locale.ROOT);
            if (!List.of("project", "issuetype", "status", "component", "reporter", "assignee", "key")
                .contains(field)) {
                errors.add("Field '" + clause.group(1) + "' does not exist or you do not have permission to view it.");
            }
            String operator = clause.group(2).toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
            List<String> values = clause.group(4) != null ? List.of(clause.group(4).split("\\s*,\\s*"))
                .stream()
                .map(v -> v.strip().replaceAll("^\"|\"$", ""))
                .toList() : List.of(Objects.requireNonNullElse(clause.group(5), clause.group(6)));
            if ((operator.equals("in") || operator.equals("not in")) != (clause.group(4) != null)) {
                errors.add("Error in the JQL Query: the operator '" + operator + "' does not take that value.");
            }
            Clause parsed = new Clause(field, operator.startsWith("!") || operator.startsWith("not"), values);
            if ("OR".equalsIgnoreCase(nextJoin)) {
                anyOf.add(allOf);
                allOf = new ArrayList<>();
            }
            allOf.add(parsed);
            if (!more) {
                break;
            }
            nextJoin = join.group(1);
            start = join.end();
        }
        anyOf.add(allOf);
        return anyOf;
    }

    @SuppressWarnings("unchecked")
    private static List<String> valuesOf(String field, Map<String, Object> issue) {
        Map<String, Object> fields = (Map<String, Object>) issue.getOrDefault("fields", Map.of());
        return switch (field) {
            case "key" -> List.of(String.valueOf(issue.get("key")));
            case "project" -> named(fields.get("project"), "key", "id");
            case "issuetype" -> named(fields.get("issuetype"), "name", "id");
            case "status" -> named(fields.get("status"), "name", "id");
            case "reporter", "assignee" -> named(fields.get(field), "accountId");
            case "component" -> fields.get("components") instanceof List<?> list
                    ? list.stream().flatMap(c -> named(c, "name", "id").stream()).toList() : List.of();
            default -> List.of();
        };
    }

    private static List<String> named(Object value, String... keys) {
        if (!(value instanceof Map<?, ?> map)) {
            return List.of();
        }
        List<String> names = new ArrayList<>();
        for (String key : keys) {
            if (map.get(key) != null) {
                names.add(String.valueOf(map.get(key)));
            }
        }
        return names;
    }

}
