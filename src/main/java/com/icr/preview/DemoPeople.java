package com.icr.preview;

import com.icr.core.AccountId;
import com.icr.core.ProjectKey;
import com.icr.tenant.DirectoryEntry;
import com.icr.tenant.Person;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Who the demo site's Jira knows: its people with names, locales and avatars (small
 * inline SVG images with their initials: the preview reaches no other server), its
 * groups, projects and components, searched as a picker searches Jira.
 */
final class DemoPeople {

    /** A demo person; the colour of their avatar's circle. */
    private record Someone(String accountId, String name, Locale locale, String colour) {
    }

    private static final List<Someone> PEOPLE = List.of(
            new Someone(DemoSite.USER_ACCOUNT_ID, "Dana Demo", Locale.UK, "#0C66E4"),
            new Someone(DemoData.HANA_HR, "Hana Hoffmann", Locale.GERMANY, "#AE2E24"),
            new Someone(DemoData.SAM_SALES, "Sam Sutherland", Locale.US, "#216E4E"),
            new Someone(DemoData.PIA_PRODUCT, "Pia Petrova", Locale.GERMANY, "#5E4DB2"),
            new Someone(DemoData.CUSTOMER_OWNER, "Cole Carter", Locale.US, "#A54800"));

    private static final List<DirectoryEntry> GROUPS = List
        .of("customer-service", "everyone", "finance", "hr", "it-staff", "marketing", "product", "sales")
        .stream()
        .map(g -> new DirectoryEntry(g, g, null))
        .toList();

    private static final List<DirectoryEntry> PROJECTS = List.of(project("CS", "Customer Service", "#216E4E"),
            project("FIN", "Finance", "#7F5F01"), project("HR", "Human Resources", "#AE2E24"),
            project("IT", "IT Help", "#0C66E4"), project("MKT", "Marketing", "#943D73"),
            project("OPS", "Office Operations", "#626F86"), project("PRD", "Product", "#5E4DB2"),
            project("SAL", "Sales", "#A54800"));

    private static final Map<String, List<DirectoryEntry>> COMPONENTS = Map.of("IT",
            List.of(new DirectoryEntry("10100", "Accounts", null), new DirectoryEntry("10101", "Laptops", null),
                    new DirectoryEntry("10102", "Phones", null)),
            "MKT", List.of(new DirectoryEntry("10200", "Campaigns", null), new DirectoryEntry("10201", "Leads", null)),
            "HR",
            List.of(new DirectoryEntry("10300", "Hiring", null), new DirectoryEntry("10301", "Onboarding", null)));

    private DemoPeople() {
    }

    /** The demo person, or a former user for an account the demo site does not know. */
    static Person of(AccountId account) {
        return PEOPLE.stream()
            .filter(p -> p.accountId().equals(account.value()))
            .findFirst()
            .map(p -> new Person(account, p.name(), avatar(initials(p.name()), p.colour(), true), p.locale(), false))
            .orElseGet(() -> Person.former(account));
    }

    static List<DirectoryEntry> users(String query) {
        return PEOPLE.stream()
            .map(p -> of(new AccountId(p.accountId())))
            .map(p -> new DirectoryEntry(p.accountId().value(), p.displayName(), p.avatarUrl()))
            .filter(matching(query))
            .toList();
    }

    static List<DirectoryEntry> groups(String query) {
        return GROUPS.stream().filter(matching(query)).toList();
    }

    static List<DirectoryEntry> projects(String query) {
        return PROJECTS.stream()
            .filter(matching(query).or(p -> p.id().toLowerCase(Locale.ROOT).startsWith(query.toLowerCase(Locale.ROOT))))
            .toList();
    }

    static List<DirectoryEntry> components(ProjectKey project, String query) {
        return COMPONENTS.getOrDefault(project.value(), List.of()).stream().filter(matching(query)).toList();
    }

    private static Predicate<DirectoryEntry> matching(String query) {
        String wanted = query.toLowerCase(Locale.ROOT);
        return entry -> entry.label().toLowerCase(Locale.ROOT).contains(wanted);
    }

    private static DirectoryEntry project(String key, String name, String colour) {
        return new DirectoryEntry(key, name, avatar(key.substring(0, Math.min(2, key.length())), colour, false));
    }

    private static String initials(String name) {
        StringBuilder initials = new StringBuilder();
        for (String part : name.split(" ")) {
            if (!part.isEmpty() && initials.length() < 2) {
                initials.append(part.charAt(0));
            }
        }
        return initials.toString();
    }

    /** A 48-pixel image: the letters on a circle (a person) or a rounded square. */
    private static String avatar(String letters, String colour, boolean round) {
        String shape = round ? "<circle cx=\"24\" cy=\"24\" r=\"24\" fill=\"" + colour + "\"/>"
                : "<rect width=\"48\" height=\"48\" rx=\"6\" fill=\"" + colour + "\"/>";
        String svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"48\" height=\"48\" viewBox=\"0 0 48 48\">"
                + shape + "<text x=\"24\" y=\"30\" font-family=\"sans-serif\" font-size=\"18\" font-weight=\"600\""
                + " fill=\"#FFFFFF\" text-anchor=\"middle\">" + letters + "</text></svg>";
        return "data:image/svg+xml;base64," + Base64.getEncoder().encodeToString(svg.getBytes(StandardCharsets.UTF_8));
    }

}
