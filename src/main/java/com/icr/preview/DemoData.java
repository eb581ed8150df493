package com.icr.preview;

import com.icr.department.DepartmentManagement;
import com.icr.department.DepartmentRequest;
import com.icr.department.DepartmentView;
import com.icr.department.ProjectMapping;
import com.icr.relationship.AgreementRequest;
import com.icr.relationship.RelationshipManagement;
import com.icr.relationship.RelationshipRequest;
import com.icr.relationship.ServiceTarget;
import com.icr.tenant.TenantId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The demo site's departments and relationships, written once through the same facades a user's edits go
 * through: a small company whose matrix shows agreed, pending and draft agreements.
 */
@Component
class DemoData {

    private final DepartmentManagement departments;
    private final RelationshipManagement relationships;

    DemoData(DepartmentManagement departments, RelationshipManagement relationships) {
        this.departments = departments;
        this.relationships = relationships;
    }

    void seed(TenantId tenant, String user) {
        if (!departments.list(tenant, true).isEmpty()) {
            return;
        }
        Map<String, String> ids = new HashMap<>();
        for (String[] d : new String[][] {
                {"Marketing", "Campaigns, brand and the leads that feed sales", "MKT", "marketing"},
                {"Sales", "Turns qualified leads into customers", "SAL", "sales"},
                {"Customer Service", "Serves customers after the sale, on what sales promised", "CS", "customer-service"},
                {"IT", "Laptops, accounts, tools and the systems everybody works in", "IT", "it-staff"},
                {"HR", "Hiring, onboarding and everything about working here", "HR", "hr"},
                {"Finance", "Budgets, invoices and the numbers behind every decision", "FIN", "finance"},
                {"Product", "Decides what gets built next, with everyone's feedback", "PRD", "product"}}) {
            DepartmentView view = departments.create(tenant, new DepartmentRequest(d[0], d[1], null,
                    List.of(new ProjectMapping(d[2], null)), List.of(d[3])));
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
        relate(tenant, ids, user, "HR", "IT", false, List.of("Hiring for IT roles"),
                "A shortlist within three weeks of an approved role", "A clear role description and interview slots", 24, 504);
        relate(tenant, ids, user, "Finance", "Marketing", false, List.of("Monthly budget report"),
                "Spend against budget by campaign, by the fifth working day", "Campaign codes on every purchase", 24, 120);
        relate(tenant, ids, user, "Customer Service", "Product", true, List.of("Top customer problems each month"),
                "Problems ranked by how many customers they hit", "Say which problems made it into the plan and why", 48, 240);
        relate(tenant, ids, user, "IT", "Customer Service", false, List.of("Support tools that stay up"),
                "Ticket tool available in working hours, incidents answered within an hour", "Report outages with steps to reproduce", 1, 8);
    }

    private void relate(TenantId tenant, Map<String, String> ids, String user, String provider, String customer, boolean agreed,
                        List<String> deliverables, String expectations, String givesBack, int firstResponse, int resolution) {
        var created = relationships.create(tenant, new RelationshipRequest(ids.get(provider), ids.get(customer), user, user, null,
                new AgreementRequest(deliverables, expectations, givesBack, new ServiceTarget(firstResponse, resolution))), user);
        if (agreed) {
            relationships.confirm(tenant, created.id(), user);
        }
    }
}
