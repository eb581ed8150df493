package com.icr.privacy;

import com.icr.tenant.TenantId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Where an account id is still stored: every text column of every table, read from the
 * database's own catalogue (HSQLDB and PostgreSQL alike), so a column nobody thought of
 * is searched too; within the site's rows where a table has them.
 */
final class AccountTraces {

    private AccountTraces() {
    }

    static List<String> in(JdbcTemplate jdbc, TenantId tenant, String accountId) {
        List<Map<String, Object>> columns = jdbc.queryForList(
                "select table_name, column_name, data_type from information_schema.columns where lower(table_schema) = 'public'");
        Set<String> siteTables = new HashSet<>();
        for (Map<String, Object> column : columns) {
            if (String.valueOf(column.get("column_name")).equalsIgnoreCase("tenant_id")) {
                siteTables.add(String.valueOf(column.get("table_name")));
            }
        }
        List<String> traces = new ArrayList<>();
        for (Map<String, Object> column : columns) {
            String type = String.valueOf(column.get("data_type")).toLowerCase();
            if (!(type.contains("char") || type.contains("clob") || type.equals("text"))) {
                continue;
            }
            String table = String.valueOf(column.get("table_name"));
            String name = String.valueOf(column.get("column_name"));
            boolean ofSites = siteTables.contains(table);
            String like = "%" + accountId + "%";
            Integer found = jdbc.queryForObject(
                    "select count(*) from " + table + " where " + (ofSites ? "tenant_id = ? and " : "") + name
                            + " like ?",
                    Integer.class, ofSites ? new Object[] { tenant.value(), like } : new Object[] { like });
            if (found != null && found > 0) {
                traces.add(table + "." + name);
            }
        }
        return traces;
    }

}
