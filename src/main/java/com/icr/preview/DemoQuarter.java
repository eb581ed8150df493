package com.icr.preview;

import com.icr.core.Quarter;
import com.icr.appreciation.AppreciationManagement;
import com.icr.appreciation.AppreciationRequest;
import com.icr.review.ItemChange;
import com.icr.review.ItemRequest;
import com.icr.measure.MeasureRequest;
import com.icr.measure.MeasureManagement;
import com.icr.objective.ObjectiveRequest;
import com.icr.objective.ObjectiveManagement;
import com.icr.review.ReviewManagement;
import com.icr.core.Period;
import com.icr.relationship.RelationshipManagement;
import com.icr.relationship.RelationshipView;
import com.icr.tenant.TenantId;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * The demo site's current quarter, written once through the same facades the API uses:
 * three corporate objectives, measures typed in and computed, what Marketing and Sales
 * (and IT and HR) raised about each other, thanks, and the sponsor's notes; so the
 * quarterly review has something to show from the start.
 */
@Component
class DemoQuarter {

    private final ObjectiveManagement objectives;

    private final MeasureManagement measures;

    private final ReviewManagement reviews;

    private final AppreciationManagement appreciation;

    private final RelationshipManagement relationships;

    private final Clock clock;

    DemoQuarter(ObjectiveManagement objectives, MeasureManagement measures, ReviewManagement reviews,
            AppreciationManagement appreciation, RelationshipManagement relationships, Clock clock) {
        this.objectives = objectives;
        this.measures = measures;
        this.reviews = reviews;
        this.appreciation = appreciation;
        this.relationships = relationships;
        this.clock = clock;
    }

    void seed(TenantId tenant, String user) {
        Period quarter = Quarter.current(clock).period();
        if (!objectives.list(tenant, quarter.key()).isEmpty()) {
            return;
        }
        RelationshipView leads = between(tenant, "Marketing", "Sales");
        RelationshipView promises = between(tenant, "Sales", "Customer Service");
        RelationshipView onboarding = between(tenant, "IT", "HR");
        RelationshipView hiring = between(tenant, "HR", "IT");
        RelationshipView problems = between(tenant, "Customer Service", "Product");

        String revenue = objective(tenant, quarter, "Grow enterprise revenue by 20 %",
                "More qualified pipeline, kept promises", DemoData.SAM_SALES);
        String firstWeek = objective(tenant, quarter, "Every new hire productive in their first week",
                "Ready on day one, hired on time", DemoData.HANA_HR);
        String repeat = objective(tenant, quarter, "Halve repeat customer problems",
                "Fix what hits most customers first", DemoData.PIA_PRODUCT);
        objectives.link(tenant, leads.id(), List.of(revenue));
        objectives.link(tenant, promises.id(), List.of(revenue));
        objectives.link(tenant, onboarding.id(), List.of(firstWeek));
        objectives.link(tenant, hiring.id(), List.of(firstWeek));
        objectives.link(tenant, problems.id(), List.of(repeat));

        typedIn(tenant, quarter,
                measure(tenant, leads, revenue, "Qualified leads per month", "leads", "manual", "higher", 40), 31, 36);
        measure(tenant, leads, revenue, "Requests Marketing said yes to", null, "yes-ratio", "higher", 80);
        typedIn(tenant, quarter,
                measure(tenant, onboarding, firstWeek, "New hires ready on day one", "%", "manual", "higher", 95), 88,
                93);
        measure(tenant, hiring, firstWeek, "IT's rating of hiring", null, "satisfaction", "higher", 4);
        typedIn(tenant, quarter,
                measure(tenant, problems, repeat, "Days to rank the month's problems", "days", "manual", "lower", 5), 9,
                7);

        reviews.raise(tenant, leads,
                new ItemRequest(leads.id(), "provider", "frustration",
                        "Leads come back without feedback, so we cannot tell which campaigns bring good ones.",
                        DemoData.SAM_SALES),
                null, user);
        reviews.raise(tenant, leads, new ItemRequest(leads.id(), "customer", "assumption",
                "We assume Marketing counts every webinar sign-up as a lead.", null), null, DemoData.SAM_SALES);
        var definition = reviews.raise(tenant, leads, new ItemRequest(leads.id(), "customer", "suggestion",
                "Agree on what \"qualified\" means: budget, authority, need and timeline known.", DemoData.SAM_SALES),
                null, DemoData.SAM_SALES);
        reviews.change(tenant, definition.id(), new ItemChange("agreed-action", user,
                "Marketing passes on only leads with all four known; Sales gives feedback within a week.", null), null,
                user);
        reviews.raise(tenant, leads, new ItemRequest(leads.id(), "provider", "assumption",
                "We assume Sales calls every lead within a day.", null), null, user);
        reviews.raise(tenant, onboarding, new ItemRequest(onboarding.id(), "customer", "frustration",
                "Laptops arrive in the afternoon of the first day.", DemoData.HANA_HR), null, DemoData.HANA_HR);
        reviews.raise(tenant, onboarding,
                new ItemRequest(onboarding.id(), "provider", "suggestion",
                        "Send start dates ten working days ahead through the onboarding request type.", user),
                null, user);

        appreciation
            .give(tenant,
                    new AppreciationRequest(onboarding.provider().id(), List.of(user), onboarding.customer().id(),
                            "The new recruiter's laptop and accounts were ready at 8:30. Thank you!"),
                    DemoData.HANA_HR);
        appreciation.give(tenant, new AppreciationRequest(leads.provider().id(), List.of(user), leads.customer().id(),
                "The webinar leads were the best we have had this year."), DemoData.SAM_SALES);

        reviews.writeNote(tenant, leads, quarter.key(),
                "Both sides now share one definition of a qualified lead. I want the feedback loop"
                        + " running by the end of the quarter; raise it with me if it is not.",
                user);
    }

    private String objective(TenantId tenant, Period quarter, String title, String description, String owner) {
        return objectives.create(tenant, new ObjectiveRequest(quarter.key(), title, description, owner)).id();
    }

    private String measure(TenantId tenant, RelationshipView relationship, String objective, String name, String unit,
            String source, String direction, double target) {
        return measures
            .create(tenant, new MeasureRequest(relationship.id(), objective, name, unit, source, direction, target),
                    null)
            .id();
    }

    /** Values for the quarter's months up to this one, the latest last. */
    private void typedIn(TenantId tenant, Period quarter, String measure, double... values) {
        YearMonth now = YearMonth.from(LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC));
        YearMonth month = YearMonth.from(quarter.from());
        for (double value : values) {
            if (month.isAfter(now)) {
                return;
            }
            measures.record(tenant, measure, month.toString(), value, false, null);
            month = month.plusMonths(1);
        }
    }

    private RelationshipView between(TenantId tenant, String provider, String customer) {
        return relationships.list(tenant)
            .stream()
            .filter(r -> r.provider().name().equals(provider) && r.customer().name().equals(customer))
            .findFirst()
            .orElseThrow(() -> new IllegalStateException(
                    "The demo site has no relationship " + provider + " → " + customer));
    }

}
