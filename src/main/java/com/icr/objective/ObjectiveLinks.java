package com.icr.objective;

import com.icr.tenant.TenantId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Which relationships say they support which objectives ("our service to Sales supports
 * objective G").
 */
@Component
class ObjectiveLinks {

    private final JdbcTemplate jdbc;

    ObjectiveLinks(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The relationships linked to each of these objectives. */
    Map<String, List<String>> relationshipsOf(TenantId tenantId, Collection<String> objectiveIds) {
        Map<String, List<String>> links = new HashMap<>();
        if (objectiveIds.isEmpty()) {
            return links;
        }
        List<Object> args = new ArrayList<>();
        args.add(tenantId.value());
        args.addAll(objectiveIds);
        jdbc.query("select objective_id, relationship_id from objective_link where tenant_id = ? and objective_id in ("
                + String.join(",", java.util.Collections.nCopies(objectiveIds.size(), "?"))
                + ") order by relationship_id", rs -> {
                    links.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(rs.getString(2));
                }, args.toArray());
        return links;
    }

    List<String> objectivesOf(TenantId tenantId, String relationshipId) {
        return jdbc.queryForList(
                "select objective_id from objective_link where tenant_id = ? and relationship_id = ? order by objective_id",
                String.class, tenantId.value(), relationshipId);
    }

    void replace(TenantId tenantId, String relationshipId, Collection<String> objectiveIds) {
        jdbc.update("delete from objective_link where tenant_id = ? and relationship_id = ?", tenantId.value(),
                relationshipId);
        for (String objectiveId : objectiveIds) {
            jdbc.update("insert into objective_link (tenant_id, objective_id, relationship_id) values (?, ?, ?)",
                    tenantId.value(), objectiveId, relationshipId);
        }
    }

    void purge(TenantId tenantId) {
        jdbc.update("delete from objective_link where tenant_id = ?", tenantId.value());
    }

}
