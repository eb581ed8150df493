package com.icr.satisfaction.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icr.core.InvalidInput;
import com.icr.department.DepartmentManagement;
import com.icr.department.DepartmentRequest;
import com.icr.relationship.AgreementRequest;
import com.icr.relationship.MatrixFigures.Pair;
import com.icr.relationship.RelationshipManagement;
import com.icr.relationship.RelationshipRequest;
import com.icr.relationship.RelationshipView;
import com.icr.relationship.ServiceTarget;
import com.icr.satisfaction.QuestionnaireView;
import com.icr.support.PersistenceTest;
import com.icr.support.TestSites;
import com.icr.tenant.TenantId;
import com.icr.tenant.TenantManagement;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Questionnaire versions on the real database (HSQLDB here, PostgreSQL with
 * {@code -Ppostgres}): versions count up per scope, an old one never changes, only one is
 * in force per scope, the questions come back as saved, and another site's scope is its
 * own.
 */
@PersistenceTest
class QuestionnairePersistenceTest {

    @Autowired
    TenantManagement tenants;

    @Autowired
    DepartmentManagement departments;

    @Autowired
    RelationshipManagement relationships;

    @Autowired
    Questionnaires questionnaires;

    @Autowired
    QuestionnaireRepository versions;

    @Autowired
    JdbcTemplate jdbc;

    static QuestionnaireView.Input nps(String option) {
        return new QuestionnaireView.Input("0-10",
                List.of(new QuestionnaireView.QuestionInput("channel", "Wie haben Sie uns erreicht? – „schnell“",
                        "choice", List.of("E-Mail", option), true),
                        new QuestionnaireView.QuestionInput(null, "Anything else?", "text", null, false)));
    }

    @Test
    void versionsCountUpPerScopeAndAnOldOneStaysAsItWas() {
        TenantId site = TestSites.registered(tenants, "questionnaires-" + UUID.randomUUID());
        TenantId other = TestSites.registered(tenants, "questionnaires-" + UUID.randomUUID());
        RelationshipView relationship = relationship(site);

        QuestionnaireView siteFirst = questionnaires.setSite(site, new QuestionnaireView.Input("1-5", List.of()),
                "557058:admin");
        QuestionnaireView first = questionnaires.setOverride(site, relationship.id(), nps("=Telefon"), "557058:admin");
        QuestionnaireView second = questionnaires.setOverride(site, relationship.id(), nps("Portal"), "557058:admin");
        questionnaires.setSite(other, new QuestionnaireView.Input("0-10", List.of()), "557058:admin");

        assertThat(List.of(siteFirst.number(), first.number(), second.number())).containsExactly(1, 1, 2);
        assertThat(questionnaires.inForce(site, new Pair(relationship.provider().id(), relationship.customer().id())))
            .contains(second.id());
        Questionnaire old = questionnaires.of(site, first.id());
        assertThat(old.scale()).isEqualTo(Questionnaire.Scale.NPS_11);
        assertThat(old.questions()).extracting(Questionnaire.Question::id).containsExactly("channel", "q1");
        assertThat(old.questions().get(0).label()).isEqualTo("Wie haben Sie uns erreicht? – „schnell“");
        assertThat(old.questions().get(0).options()).containsExactly("E-Mail", "=Telefon");
        assertThat(old.questions().get(0).required()).isTrue();
        assertThat(jdbc.queryForObject(
                "select count(*) from questionnaire_version where tenant_id = ? and scope = ? and active = true",
                Integer.class, site.value(), relationship.id()))
            .isEqualTo(1);

        // another site reads neither the version nor the relationship's scope
        assertThat(questionnaires.version(other, first.id())).isEmpty();
        assertThat(questionnaires.site(other).scale()).isEqualTo("0-10");
        assertThat(questionnaires.site(site).scale()).isEqualTo("1-5");

        // back to the site's: the override's versions stay, none in force
        QuestionnaireView back = questionnaires.removeOverride(site, relationship.id());
        assertThat(back.inherited()).isTrue();
        assertThat(back.id()).isEqualTo(siteFirst.id());
        assertThat(versions.findByIdAndTenantId(second.id(), site)).isPresent();
        assertThat(questionnaires.inForce(site, new Pair(relationship.provider().id(), relationship.customer().id())))
            .contains(siteFirst.id());
        // a new override numbers on from the last one
        assertThat(questionnaires.setOverride(site, relationship.id(), nps("Chat"), null).number()).isEqualTo(3);
    }

    @Test
    void badInputChangesNothing() {
        TenantId site = TestSites.registered(tenants, "questionnaires-" + UUID.randomUUID());
        RelationshipView relationship = relationship(site);
        assertThatThrownBy(() -> questionnaires.setOverride(site, relationship.id(), nps("E-Mail"), null))
            .isInstanceOfSatisfying(InvalidInput.class,
                    e -> assertThat(e.field()).isEqualTo("questions[0].options[1]"));
        assertThat(jdbc.queryForObject("select count(*) from questionnaire_version where tenant_id = ?", Integer.class,
                site.value()))
            .isZero();
        assertThat(questionnaires.ofRelationship(site, relationship.id()).scope()).isEqualTo("built-in");
        assertThat(Map.of("v", questionnaires.ofRelationship(site, relationship.id()).inherited())).containsEntry("v",
                true);
    }

    private RelationshipView relationship(TenantId tenant) {
        String provider = departments.create(tenant, new DepartmentRequest("IT", "", null, List.of(), List.of("it")))
            .id();
        String customer = departments.create(tenant, new DepartmentRequest("HR", "", null, List.of(), List.of("hr")))
            .id();
        return relationships.create(tenant,
                new RelationshipRequest(provider, customer, "557058:a", "557058:b", null,
                        new AgreementRequest(List.of("Laptops"), "Working", "Notice", new ServiceTarget(8, 48))),
                "557058:a");
    }

}
