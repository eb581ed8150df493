package com.icr.appreciation;

import com.icr.core.AccountId;
import com.icr.core.TextInput;
import com.icr.department.DepartmentManagement;
import com.icr.department.DepartmentName;
import com.icr.core.Period;
import com.icr.satisfaction.Gift;
import com.icr.satisfaction.GivenThanks;
import com.icr.satisfaction.SatisfactionCheckManagement;
import com.icr.tenant.Caller;
import com.icr.tenant.SitePermissions;
import com.icr.tenant.TenantId;
import com.icr.core.NotPermitted;
import com.icr.core.InvalidInput;
import java.time.Clock;
import java.time.Duration;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.stereotype.Service;

/**
 * Thanking people of another department, at any time or (through satisfaction) from a
 * check; shown on the department and the relationship. The people thanked find it in the
 * app ({@link #receivedBy}): Jira's notify API, the only way a Connect app can email
 * someone, needs an issue, which a thank-you given at any time has not.
 */
@Service
public class AppreciationManagement {

    static final int MAX_PEOPLE = 10;
    static final int MAX_MESSAGE = 500;

    private final SatisfactionCheckManagement ledger;

    private final DepartmentManagement departments;

    private final SitePermissions permissions;

    private final Clock clock;

    AppreciationManagement(SatisfactionCheckManagement ledger, DepartmentManagement departments,
            SitePermissions permissions, Clock clock) {
        this.ledger = ledger;
        this.departments = departments;
        this.permissions = permissions;
        this.clock = clock;
    }

    public AppreciationView give(TenantId tenantId, AppreciationRequest request, String accountId) {
        if (request == null) {
            throw new InvalidInput("body", "input.required");
        }
        if (accountId == null) {
            throw new NotPermitted("not-permitted.thanks-signed-in");
        }
        DepartmentName to = department(tenantId, "toDepartmentId", request.toDepartmentId());
        DepartmentName from = request.fromDepartmentId() == null || request.fromDepartmentId().isBlank() ? null
                : department(tenantId, "fromDepartmentId", request.fromDepartmentId());
        if (from != null && from.id().equals(to.id())) {
            throw new InvalidInput("toDepartmentId", "input.thank-another-department");
        }
        Set<String> people = new LinkedHashSet<>();
        for (String id : request.toAccountIds() == null ? List.<String>of() : request.toAccountIds()) {
            people.add(AccountId.required("toAccountIds", id).value());
        }
        if (people.isEmpty() || people.size() > MAX_PEOPLE) {
            throw new InvalidInput("toAccountIds", "input.thanked-people", MAX_PEOPLE);
        }
        if (people.contains(accountId)) {
            throw new InvalidInput("toAccountIds", "input.thank-yourself");
        }
        String message = TextInput.optional("message", request.message(), MAX_MESSAGE);
        GivenThanks given = ledger.give(tenantId, new Gift(accountId, from == null ? null : from.id(), to.id(),
                List.copyOf(people), message == null ? "" : message));
        return views(tenantId, List.of(given), null).get(0);
    }

    /**
     * Thanks during the quarter to or from the department, or between the relationship's
     * two departments, as the reader sees them: the issue a check's thank-you followed is
     * named only when the reader may browse it (one permission check for all); a view
     * without a reader (null: an export) names none.
     */
    public List<AppreciationView> during(TenantId tenantId, Period quarter, Collection<String> departmentIds,
            boolean bothEnds, Caller reader) {
        Predicate<GivenThanks> between = g -> !bothEnds
                || (departmentIds.contains(g.toDepartmentId()) && departmentIds.contains(g.fromDepartmentId()));
        return views(tenantId,
                ledger.thanksInvolving(tenantId, departmentIds, quarter.start(), quarter.end())
                    .stream()
                    .filter(between)
                    .toList(),
                reader);
    }

    /**
     * What the person was thanked for in the last 90 days, newest first: the app's notice
     * to them (issues named as in {@link #during}).
     */
    public List<AppreciationView> receivedBy(Caller caller) {
        if (caller.accountId().isEmpty()) {
            return List.of();
        }
        return views(caller.tenantId(), ledger.thanksReceivedBy(caller.tenantId(), caller.accountId().get(),
                clock.instant().minus(Duration.ofDays(90)), 50), caller);
    }

    private DepartmentName department(TenantId tenantId, String field, String id) {
        if (id == null || id.isBlank()) {
            throw new InvalidInput(field, "input.required");
        }
        DepartmentName department = departments.findName(tenantId, id.strip())
            .orElseThrow(() -> new InvalidInput(field, "input.no-department", id.strip()));
        if (department.archived()) {
            throw new InvalidInput(field, "input.department-archived", department.name());
        }
        return department;
    }

    private List<AppreciationView> views(TenantId tenantId, List<GivenThanks> given, Caller reader) {
        Set<String> issues = given.stream()
            .map(GivenThanks::issueId)
            .filter(java.util.Objects::nonNull)
            .collect(Collectors.toSet());
        Set<String> browsable = reader == null || issues.isEmpty() ? Set.of() : permissions.browsable(reader, issues);
        Map<String, String> names = departments
            .namesOf(tenantId,
                    given.stream()
                        .flatMap(g -> Stream.of(g.toDepartmentId(), g.fromDepartmentId()))
                        .filter(java.util.Objects::nonNull)
                        .collect(Collectors.toSet()))
            .stream()
            .collect(Collectors.toMap(DepartmentName::id, DepartmentName::name));
        return given.stream()
            .map(g -> new AppreciationView(g.id(), g.from(), g.fromDepartmentId(), names.get(g.fromDepartmentId()),
                    g.toDepartmentId(), names.get(g.toDepartmentId()), g.to(), g.message(),
                    g.issueId() != null && browsable.contains(g.issueId()) ? g.issueKey() : null,
                    g.fromCheck() ? "check" : "direct", g.createdAt()))
            .toList();
    }

}
