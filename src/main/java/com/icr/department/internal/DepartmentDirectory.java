package com.icr.department.internal;

import com.icr.department.DepartmentName;
import com.icr.department.ProviderMatch;
import com.icr.tenant.TenantId;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Which department an issue belongs to, asked for every webhook: the provider by the
 * issue's project (a mapping narrowed to one of its components wins over the whole
 * project), the customer by its reporter's groups. Plain SQL over the mapping tables;
 * archived departments take no new work.
 */
@Component
public class DepartmentDirectory {

    private final NamedParameterJdbcTemplate jdbc;

    public DepartmentDirectory(JdbcTemplate jdbc) {
        this.jdbc = new NamedParameterJdbcTemplate(jdbc);
    }

    public Optional<ProviderMatch> providerFor(TenantId tenantId, String projectKey, Collection<String> componentIds) {
        if (projectKey == null || projectKey.isBlank()) {
            return Optional.empty();
        }
        record Mapped(String id, String name, String componentId) {
        }
        List<Mapped> mapped = jdbc
            .query("select d.id, d.name, p.component_id from department d join department_project p on p.department_id = d.id "
                    + "where d.tenant_id = :tenant and p.tenant_id = :tenant and upper(p.project_key) = :project and d.archived = false "
                    + "order by d.name_key",
                    new MapSqlParameterSource("tenant", tenantId.value()).addValue("project",
                            projectKey.toUpperCase(Locale.ROOT)),
                    (rs, i) -> new Mapped(rs.getString(1), rs.getString(2), rs.getString(3)));
        Set<String> components = Set.copyOf(componentIds);
        return mapped.stream()
            .filter(m -> m.componentId() != null && components.contains(m.componentId()))
            .findFirst()
            .map(m -> new ProviderMatch(new DepartmentName(m.id(), m.name(), false), true))
            .or(() -> mapped.stream()
                .filter(m -> m.componentId() == null)
                .findFirst()
                .map(m -> new ProviderMatch(new DepartmentName(m.id(), m.name(), false), false)));
    }

    /** The departments that count any of these groups among their members, by name. */
    public List<DepartmentName> withMemberGroups(TenantId tenantId, Collection<String> groups) {
        if (groups.isEmpty()) {
            return List.of();
        }
        Set<String> names = groups.stream().map(g -> g.toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
        return jdbc
            .query("select distinct d.id, d.name, d.name_key from department d join department_group g on g.department_id = d.id "
                    + "where d.tenant_id = :tenant and g.tenant_id = :tenant and lower(g.group_name) in (:groups) and d.archived = false "
                    + "order by d.name_key",
                    new MapSqlParameterSource("tenant", tenantId.value()).addValue("groups", names),
                    (rs, i) -> new DepartmentName(rs.getString(1), rs.getString(2), false));
    }

    public Optional<String> leadOf(TenantId tenantId, String departmentId) {
        return jdbc
            .query("select lead_account_id from department where tenant_id = :tenant and id = :id",
                    new MapSqlParameterSource("tenant", tenantId.value()).addValue("id", departmentId),
                    (rs, i) -> rs.getString(1))
            .stream()
            .filter(java.util.Objects::nonNull)
            .findFirst();
    }

}
