package com.icr.preview;

import com.icr.relationship.AgreementRequest;
import com.icr.relationship.AgreementView;
import com.icr.relationship.RelationshipManagement;
import com.icr.relationship.RelationshipRequest;
import com.icr.relationship.RelationshipView;
import com.icr.request.RequestManagement;
import com.icr.request.RequestManagement.Ticked;
import com.icr.tenant.TenantId;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The demo site's specifications at intake: IT's agreement with HR gains a checklist of
 * what a new hire's request specifies (agreed by both owners), the open request IT-42 has
 * it partly ticked (one item not applicable, with why), and IT's resolved requests for HR
 * of the past year were specified, completely or not, so the matrix's specification
 * metric has figures. Once per demo site: a site whose agreement has the checklist is
 * left alone.
 */
@Component
class DemoChecklist {

    static final List<String> CHECKLIST = List.of("Start date given", "Role and team named",
            "Software and access listed", "Equipment needed (laptop, phone) stated");

    static final String PARTLY_TICKED = "10042";

    /** The past year's IT requests for HR: whose specification was complete. */
    static final Map<String, Boolean> HISTORY = Map.of("20011", false, "20012", false, "20013", true, "20014", false,
            "20015", true, "20016", true, "20017", true);

    private final RelationshipManagement relationships;

    private final RequestManagement requests;

    DemoChecklist(RelationshipManagement relationships, RequestManagement requests) {
        this.relationships = relationships;
        this.requests = requests;
    }

    void seed(TenantId tenant, String user) {
        RelationshipView it = relationships.list(tenant)
            .stream()
            .filter(r -> r.provider().name().equals("IT") && r.customer().name().equals("HR"))
            .findFirst()
            .orElse(null);
        if (it == null || it.agreed() == null || !it.agreed().checklist().isEmpty()) {
            return;
        }
        AgreementView terms = it.agreed();
        relationships.update(tenant, it.id(),
                new RelationshipRequest(it.provider().id(), it.customer().id(), it.providerOwnerAccountId(),
                        it.customerOwnerAccountId(), it.executiveSponsorAccountId(),
                        new AgreementRequest(terms.deliverables(), terms.expectations(), terms.customerGivesBack(),
                                terms.serviceTarget(), CHECKLIST)),
                user, true);
        relationships.confirm(tenant, it.id(), it.providerOwnerAccountId());
        relationships.confirm(tenant, it.id(), it.customerOwnerAccountId());
        requests.specifyForDemo(tenant, PARTLY_TICKED,
                List.of(new Ticked("specified", null), new Ticked("specified", null),
                        new Ticked("not-applicable", "The standard recruiter kit: nothing beyond it"),
                        new Ticked("open", null)),
                DemoData.HANA_HR);
        HISTORY.forEach((issueId, complete) -> requests.specifyForDemo(tenant, issueId,
                List.of(new Ticked("specified", null), new Ticked("specified", null),
                        new Ticked(complete ? "specified" : "open", null), new Ticked(
                                complete ? "not-applicable" : "open", complete ? "Accounts only, no equipment" : null)),
                DemoData.HANA_HR));
    }

}
