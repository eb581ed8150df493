package com.icr.relationship.internal;

import com.icr.relationship.CalendarInForce;
import com.icr.relationship.WorkingCalendar;
import com.icr.tenant.TenantId;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The table {@code working_calendar}: one row per scope, the site's ({@link #SITE}) or a
 * relationship's (its id). A scope keeps the {@code since} of its first calendar.
 */
@Component
public class Calendars {

    public static final String SITE = "site";

    private final JdbcTemplate jdbc;

    Calendars(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<CalendarInForce> find(TenantId tenantId, String scope) {
        return jdbc
            .query("select * from working_calendar where tenant_id = ? and scope = ?", Calendars::row, tenantId.value(),
                    scope)
            .stream()
            .findFirst();
    }

    /** Every calendar of the site by scope. */
    public Map<String, CalendarInForce> all(TenantId tenantId) {
        Map<String, CalendarInForce> all = new HashMap<>();
        jdbc.query("select * from working_calendar where tenant_id = ?",
                (org.springframework.jdbc.core.RowCallbackHandler) rs -> all.put(rs.getString("scope"), row(rs, 0)),
                tenantId.value());
        return all;
    }

    public CalendarInForce save(TenantId tenantId, String scope, WorkingCalendar calendar, List<String> pausedStatuses,
            Instant now) {
        String paused = String.join("\n", pausedStatuses);
        String days = calendar.days().stream().sorted().map(Enum::name).collect(Collectors.joining(","));
        String holidays = calendar.holidays().stream().map(LocalDate::toString).collect(Collectors.joining(","));
        int updated = jdbc.update(
                "update working_calendar set time_zone = ?, working_days = ?, starts_at = ?, ends_at = ?, holidays = ?, "
                        + "paused_statuses = ?, updated_at = ? where tenant_id = ? and scope = ?",
                calendar.zone().getId(), days, calendar.start().toString(), calendar.end().toString(), holidays, paused,
                Timestamp.from(now), tenantId.value(), scope);
        if (updated == 0) {
            jdbc.update(
                    "insert into working_calendar (tenant_id, scope, time_zone, working_days, starts_at, ends_at, holidays, "
                            + "paused_statuses, since, updated_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    tenantId.value(), scope, calendar.zone().getId(), days, calendar.start().toString(),
                    calendar.end().toString(), holidays, paused, Timestamp.from(now), Timestamp.from(now));
        }
        return find(tenantId, scope).orElseThrow();
    }

    public void delete(TenantId tenantId, String scope) {
        jdbc.update("delete from working_calendar where tenant_id = ? and scope = ?", tenantId.value(), scope);
    }

    private static CalendarInForce row(ResultSet rs, int n) throws SQLException {
        String holidays = rs.getString("holidays");
        WorkingCalendar calendar = new WorkingCalendar(ZoneId.of(rs.getString("time_zone")),
                Arrays.stream(rs.getString("working_days").split(","))
                    .map(DayOfWeek::valueOf)
                    .collect(Collectors.toSet()),
                LocalTime.parse(rs.getString("starts_at")), LocalTime.parse(rs.getString("ends_at")),
                holidays.isEmpty() ? new TreeSet<>()
                        : List.of(holidays.split(","))
                            .stream()
                            .map(LocalDate::parse)
                            .collect(Collectors.toCollection(TreeSet::new)));
        String paused = rs.getString("paused_statuses");
        return new CalendarInForce(calendar, rs.getTimestamp("since").toInstant(),
                paused == null || paused.isEmpty() ? List.of() : List.of(paused.split("\n")));
    }

}
