package com.icr.satisfaction.internal;

import com.icr.relationship.MatrixFigures.Pair;
import com.icr.relationship.RelationshipManagement;
import com.icr.relationship.RelationshipView;
import com.icr.satisfaction.QuestionnaireView;
import com.icr.tenant.TenantId;
import java.time.Clock;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The site's default questionnaire and relationships' overrides. Every save adds a
 * version; a check keeps the version in force for its relationship when it opened, so an
 * answer is always counted on the scale it was given on.
 */
@Service
public class Questionnaires {

    private final QuestionnaireRepository versions;

    private final RelationshipManagement relationships;

    private final Clock clock;

    Questionnaires(QuestionnaireRepository versions, RelationshipManagement relationships, Clock clock) {
        this.versions = versions;
        this.relationships = relationships;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public QuestionnaireView site(TenantId tenantId) {
        return versions.findByTenantIdAndScopeAndActiveTrue(tenantId, QuestionnaireVersion.SITE)
            .map(v -> view(v, false))
            .orElseGet(Questionnaires::builtIn);
    }

    /** A relationship's questionnaire: its override, else the site's (inherited). */
    @Transactional(readOnly = true)
    public QuestionnaireView ofRelationship(TenantId tenantId, String relationshipId) {
        relationships.pairOf(tenantId, relationshipId); // 404 for another site's
        return versions.findByTenantIdAndScopeAndActiveTrue(tenantId, relationshipId)
            .map(v -> view(v, false))
            .orElseGet(() -> inherited(site(tenantId)));
    }

    @Transactional
    public QuestionnaireView setSite(TenantId tenantId, QuestionnaireView.Input input, String accountId) {
        return view(save(tenantId, QuestionnaireVersion.SITE, input, accountId), false);
    }

    @Transactional
    public QuestionnaireView setOverride(TenantId tenantId, String relationshipId, QuestionnaireView.Input input,
            String accountId) {
        relationships.pairOf(tenantId, relationshipId);
        return view(save(tenantId, relationshipId, input, accountId), false);
    }

    /** Back to the site's default; the override's versions stay for the answers given. */
    @Transactional
    public QuestionnaireView removeOverride(TenantId tenantId, String relationshipId) {
        relationships.pairOf(tenantId, relationshipId);
        versions.findByTenantIdAndScopeAndActiveTrue(tenantId, relationshipId).ifPresent(v -> {
            v.retire();
            versions.saveAndFlush(v);
        });
        return inherited(site(tenantId));
    }

    private QuestionnaireVersion save(TenantId tenantId, String scope, QuestionnaireView.Input input,
            String accountId) {
        Questionnaire questionnaire = Questionnaire.of(input == null ? null : input.scale(),
                input == null ? null : input.questions());
        versions.findByTenantIdAndScopeAndActiveTrue(tenantId, scope).ifPresent(v -> {
            v.retire();
            versions.saveAndFlush(v);
        });
        return versions.saveAndFlush(new QuestionnaireVersion(tenantId, scope, versions.lastNumber(tenantId, scope) + 1,
                questionnaire, accountId, clock.instant()));
    }

    /**
     * The version in force for a relationship's checks (its override, else the site's);
     * empty for the built-in questionnaire.
     */
    @Transactional(readOnly = true)
    public Optional<String> inForce(TenantId tenantId, Pair pair) {
        return relationships.find(tenantId, pair)
            .map(RelationshipView::id)
            .flatMap(id -> versions.findByTenantIdAndScopeAndActiveTrue(tenantId, id))
            .or(() -> versions.findByTenantIdAndScopeAndActiveTrue(tenantId, QuestionnaireVersion.SITE))
            .map(QuestionnaireVersion::id);
    }

    /** A check's questionnaire: the version it was opened with, or the built-in one. */
    Questionnaire of(TenantId tenantId, String versionId) {
        return version(tenantId, versionId).map(QuestionnaireVersion::questionnaire).orElse(Questionnaire.BUILT_IN);
    }

    Optional<QuestionnaireVersion> version(TenantId tenantId, String versionId) {
        return versionId == null ? Optional.empty() : versions.findByIdAndTenantId(versionId, tenantId);
    }

    /** A check's questionnaire as its form shows it. */
    QuestionnaireView viewOf(TenantId tenantId, String versionId) {
        return version(tenantId, versionId).map(v -> view(v, false)).orElseGet(Questionnaires::builtIn);
    }

    static QuestionnaireView view(QuestionnaireVersion version, boolean inherited) {
        return version.questionnaire()
            .view(version.id(), version.number(),
                    QuestionnaireVersion.SITE.equals(version.scope()) ? "site" : "relationship", inherited,
                    version.createdBy(), version.createdAt());
    }

    static QuestionnaireView builtIn() {
        return Questionnaire.BUILT_IN.view(null, 0, "built-in", false, null, null);
    }

    private static QuestionnaireView inherited(QuestionnaireView site) {
        return new QuestionnaireView(site.id(), site.number(), site.scope(), true, site.scale(), site.questions(),
                site.createdBy(), site.createdAt());
    }

    void purge(TenantId tenantId) {
        versions.deleteOf(tenantId);
    }

}
