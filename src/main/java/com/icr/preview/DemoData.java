package com.icr.preview;

import com.icr.department.DepartmentManagement;
import com.icr.department.DepartmentRequest;
import com.icr.department.DepartmentView;
import com.icr.department.ProjectMapping;
import com.icr.relationship.AgreementRequest;
import com.icr.relationship.RelationshipManagement;
import com.icr.relationship.RelationshipRequest;
import com.icr.relationship.ServiceTarget;
import com.icr.request.DecisionRequest;
import com.icr.request.IssueEvent;
import com.icr.request.IssueSnapshot;
import com.icr.request.RequestManagement;
import com.icr.satisfaction.AnswerBody;
import com.icr.satisfaction.SatisfactionCheckManagement;
import com.icr.satisfaction.IssueSatisfaction;
import com.icr.tenant.TenantId;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The demo site's departments and relationships, written once through the same facades a
 * user's edits go through: a small company whose matrix shows agreed, pending and draft
 * agreements. Its Jira has a few issues ({@link #ISSUES}): one awaiting a decision, one
 * accepted, one declined and one in a project no department serves, each assigned to the
 * demo user; and one the demo user asked HR for, resolved, whose satisfaction check waits
 * for the demo user's answer.
 */
@Component
class DemoData {

    static final String HANA_HR = "557058:preview-hana-hr";
    static final String SAM_SALES = "557058:preview-sam-sales";
    static final String PIA_PRODUCT = "557058:preview-pia-product";

    /** Owns the customer's side of every demo relationship, and confirms it. */
    static final String CUSTOMER_OWNER = "557058:preview-cole-customer";

    /**
     * The reporters' groups, as the demo site's Jira would answer them (the departments
     * count these groups).
     */
    static final Map<String, List<String>> GROUPS = Map.of(HANA_HR, List.of("hr", "everyone"), SAM_SALES,
            List.of("sales", "everyone"), PIA_PRODUCT, List.of("product", "everyone"), DemoSite.USER_ACCOUNT_ID,
            List.of("it-staff", "everyone"));

    /**
     * A demo issue: created {@code createdBefore} before the demo site was set up;
     * {@code startedAfter}, when set, is when work started (its last change);
     * {@code decision}, when set, is what the demo user decided; {@code resolvedAfter},
     * when set, is when it was resolved, by {@code assignee} (the demo user when null).
     */
    record DemoIssue(String id, String key, String summary, String projectKey, String reporter, Duration createdBefore,
            Duration startedAfter, DecisionRequest decision, Duration resolvedAfter, String assignee) {

        DemoIssue(String id, String key, String summary, String projectKey, String reporter, Duration createdBefore,
                Duration startedAfter, DecisionRequest decision) {
            this(id, key, summary, projectKey, reporter, createdBefore, startedAfter, decision, null, null);
        }
    }

    static final List<DemoIssue> ISSUES = List.of(
            new DemoIssue("10042", "IT-42", "Laptop and accounts for the new recruiter starting Monday", "IT", HANA_HR,
                    Duration.ofHours(2), null, null),
            new DemoIssue("10017", "MKT-17", "Qualified leads from the customer webinar for the enterprise team", "MKT",
                    SAM_SALES, Duration.ofHours(26), Duration.ofHours(5), new DecisionRequest("accepted", null, null)),
            new DemoIssue("10023", "CS-23", "Rank November's top customer problems for the roadmap review", "CS",
                    PIA_PRODUCT, Duration.ofHours(50), null,
                    new DecisionRequest("declined", "no-capacity",
                            "The year-end ticket peak comes first. We can rank November's problems in the first week of January.")),
            new DemoIssue("10005", "OPS-5", "Book the large meeting room for Friday's all-hands", "OPS", SAM_SALES,
                    Duration.ofHours(4), null, null),
            new DemoIssue("10008", "HR-8", "Interview slots for the IT support technician role", "HR",
                    DemoSite.USER_ACCOUNT_ID, Duration.ofHours(30), Duration.ofHours(3), null, Duration.ofHours(28),
                    HANA_HR));

    /**
     * A request of the past year, resolved and rated by its reporter: the quarterly
     * review's trend starts from these.
     */
    record Rated(DemoIssue issue, int rating, String met) {

        Rated(String id, String key, String summary, String project, String reporter, int daysBefore,
                int hoursToResolve, int rating, String met) {
            this(new DemoIssue(id, key, summary, project, reporter, Duration.ofDays(daysBefore), null, null,
                    Duration.ofHours(hoursToResolve), null), rating, met);
        }
    }

    /**
     * Marketing serving Sales and IT serving HR over the last four quarters, getting
     * better; not listed in the preview.
     */
    static final List<Rated> HISTORY = List.of(
            new Rated("20001", "MKT-101", "Leads from the January trade fair", "MKT", SAM_SALES, 300, 40, 2, "no"),
            new Rated("20002", "MKT-102", "Lead list for the spring push", "MKT", SAM_SALES, 255, 20, 3, "partly"),
            new Rated("20003", "MKT-103", "Qualified leads from the April webinar", "MKT", SAM_SALES, 200, 30, 3,
                    "partly"),
            new Rated("20004", "MKT-104", "Leads for the enterprise tier launch", "MKT", SAM_SALES, 165, 18, 4, "yes"),
            new Rated("20005", "MKT-105", "Summer campaign leads, qualified", "MKT", SAM_SALES, 120, 12, 4, "yes"),
            new Rated("20006", "MKT-106", "Leads from the partner event", "MKT", SAM_SALES, 75, 16, 5, "yes"),
            new Rated("20007", "MKT-107", "October newsletter sign-ups, qualified", "MKT", SAM_SALES, 30, 10, 5, "yes"),
            new Rated("20011", "IT-101", "Laptop for the new payroll specialist", "IT", HANA_HR, 290, 8, 2, "partly"),
            new Rated("20012", "IT-102", "Accounts for two new recruiters", "IT", HANA_HR, 240, 2, 3, "partly"),
            new Rated("20013", "IT-103", "Onboarding kit for the HR intern", "IT", HANA_HR, 190, 3, 4, "yes"),
            new Rated("20014", "IT-104", "Phone and laptop for the new HR lead", "IT", HANA_HR, 150, 5, 3, "partly"),
            new Rated("20015", "IT-105", "Accounts for the summer hires", "IT", HANA_HR, 110, 2, 4, "yes"),
            new Rated("20016", "IT-106", "Laptop for the new benefits advisor", "IT", HANA_HR, 70, 3, 5, "yes"),
            new Rated("20017", "IT-107", "Accounts for the October starters", "IT", HANA_HR, 25, 1, 5, "yes"));

    private final DepartmentManagement departments;

    private final RelationshipManagement relationships;

    private final RequestManagement requests;

    private final SatisfactionCheckManagement checks;

    private final DemoJira jira;

    DemoData(DepartmentManagement departments, RelationshipManagement relationships, RequestManagement requests,
            SatisfactionCheckManagement checks, DemoJira jira) {
        this.departments = departments;
        this.relationships = relationships;
        this.requests = requests;
        this.checks = checks;
        this.jira = jira;
    }

    static Optional<DemoIssue> issue(String id) {
        return ISSUES.stream().filter(i -> i.id().equals(id)).findFirst();
    }

    /**
     * The demo site's Jira issues, at every start: its Jira (in memory) answers them and
     * the reporters' groups; the app stores them the way it applies a webhook, and the
     * demo user's decisions are recorded once. Times are relative to {@code setUpAt},
     * when the demo site was first set up, so a restart changes nothing.
     */
    void seedIssues(TenantId tenant, String user, Instant setUpAt) {
        Map<String, IssueEvent> events = new LinkedHashMap<>();
        List<DemoIssue> all = new java.util.ArrayList<>(ISSUES);
        HISTORY.forEach(rated -> all.add(rated.issue()));
        for (DemoIssue issue : all) {
            Instant created = setUpAt.minus(issue.createdBefore());
            boolean started = issue.startedAfter() != null;
            Instant resolved = issue.resolvedAfter() == null ? null : created.plus(issue.resolvedAfter());
            IssueSnapshot snapshot = new IssueSnapshot(issue.id(), issue.key(), issue.projectKey(), List.of(),
                    issue.reporter(), issue.assignee() == null ? user : issue.assignee(),
                    resolved != null ? "done" : started ? "indeterminate" : "new", created, resolved);
            Instant changed = resolved != null ? resolved : started ? created.plus(issue.startedAfter()) : created;
            events.put(issue.id(), IssueEvent.changed(changed.toEpochMilli(),
                    "preview:" + issue.id() + ":" + changed.toEpochMilli(), snapshot));
        }
        jira.hold(tenant, events, GROUPS, java.util.Set.of(user));
        boolean firstStart = requests.find(tenant, ISSUES.get(0).id()).isEmpty(); // later
                                                                                  // starts
                                                                                  // find
                                                                                  // the
                                                                                  // decisions
                                                                                  // and
                                                                                  // answers
                                                                                  // made
        for (DemoIssue issue : all) {
            IssueEvent event = events.get(issue.id());
            String reporter = requests.reporterToLookUp(tenant, event).orElse(null);
            requests.apply(tenant, event, reporter, reporter == null ? null : jira.groupsOf(reporter));
            if (issue.decision() != null && firstStart) {
                requests.decide(tenant, issue.id(), issue.decision(), user);
            }
        }
        for (Rated rated : firstStart ? HISTORY : List.<Rated>of()) {
            String reporter = rated.issue().reporter();
            IssueSatisfaction.CheckView check = checks.viewOf(tenant, rated.issue().id(), reporter).current();
            if (check != null && check.you().canAnswer()) {
                checks.answer(tenant, check.id(), reporter, new AnswerBody(rated.rating(), rated.met(), null));
            }
        }
    }

    void seed(TenantId tenant, String user) {
        if (!departments.list(tenant, true).isEmpty()) {
            return;
        }
        Map<String, String> ids = new HashMap<>();
        for (String[] d : new String[][] {
                { "Marketing", "Campaigns, brand and the leads that feed sales", "MKT", "marketing" },
                { "Sales", "Turns qualified leads into customers", "SAL", "sales" },
                { "Customer Service", "Serves customers after the sale, on what sales promised", "CS",
                        "customer-service" },
                { "IT", "Laptops, accounts, tools and the systems everybody works in", "IT", "it-staff" },
                { "HR", "Hiring, onboarding and everything about working here", "HR", "hr" },
                { "Finance", "Budgets, invoices and the numbers behind every decision", "FIN", "finance" },
                { "Product", "Decides what gets built next, with everyone's feedback", "PRD", "product" } }) {
            DepartmentView view = departments.create(tenant,
                    new DepartmentRequest(d[0], d[1], null, List.of(new ProjectMapping(d[2], null)), List.of(d[3])));
            ids.put(d[0], view.id());
        }
        relate(tenant, ids, user, "Marketing", "Sales", true, List.of("Qualified leads", "Campaign calendar"),
                "Leads with budget, authority, need and timeline known, passed on within a day",
                "Feedback on every lead within a week: what made it good or bad", 24, 120);
        relate(tenant, ids, user, "Sales", "Customer Service", true, List.of("Signed contracts", "What was promised"),
                "Every promise made to the customer written in the deal, before hand-over",
                "Tell sales when a promise cannot be kept", 8, 48);
        relate(tenant, ids, user, "IT", "HR", true, List.of("Accounts and laptops for new hires"),
                "Everything ready on the first morning of a new hire",
                "Start dates and roles at least ten working days ahead", 4, 72);
        relate(tenant, ids, user, "HR", "IT", true, List.of("Hiring for IT roles"),
                "A shortlist within three weeks of an approved role", "A clear role description and interview slots",
                24, 504);
        relate(tenant, ids, user, "Finance", "Marketing", false, List.of("Monthly budget report"),
                "Spend against budget by campaign, by the fifth working day", "Campaign codes on every purchase", 24,
                120);
        relate(tenant, ids, user, "Customer Service", "Product", true, List.of("Top customer problems each month"),
                "Problems ranked by how many customers they hit", "Say which problems made it into the plan and why",
                48, 240);
        relate(tenant, ids, user, "IT", "Customer Service", false, List.of("Support tools that stay up"),
                "Ticket tool available in working hours, incidents answered within an hour",
                "Report outages with steps to reproduce", 1, 8);
    }

    private void relate(TenantId tenant, Map<String, String> ids, String user, String provider, String customer,
            boolean agreed, List<String> deliverables, String expectations, String givesBack, int firstResponse,
            int resolution) {
        // the demo user owns the provider's side and sponsors; a colleague owns the
        // customer's: agreed takes two people
        var created = relationships.create(tenant,
                new RelationshipRequest(ids.get(provider), ids.get(customer), user, CUSTOMER_OWNER, user,
                        new AgreementRequest(deliverables, expectations, givesBack,
                                new ServiceTarget(firstResponse, resolution))),
                user);
        if (agreed) {
            relationships.confirm(tenant, created.id(), user);
            relationships.confirm(tenant, created.id(), CUSTOMER_OWNER);
        }
    }

}
