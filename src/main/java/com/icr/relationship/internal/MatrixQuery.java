package com.icr.relationship.internal;

import com.icr.relationship.FigureReading;
import com.icr.relationship.MatrixFigures;
import com.icr.relationship.MatrixView;
import com.icr.relationship.Metric;
import com.icr.relationship.Standing;
import com.icr.relationship.UnknownDepartments;
import com.icr.core.Period;
import com.icr.core.Quarter;
import com.icr.department.DepartmentManagement;
import com.icr.department.DepartmentName;
import com.icr.tenant.TenantId;
import com.icr.core.InvalidInput;
import java.time.Clock;
import java.util.EnumMap;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The matrix read model: one plain SQL read of the tenant's relationships (no entities,
 * no versions), the departments' names, and a cell per relationship. Metrics that later
 * features produce say "No data yet".
 */
@Component
public class MatrixQuery {

    private static final String NO_DATA = "No data yet";

    private final JdbcTemplate jdbc;

    private final DepartmentManagement departments;

    private final Clock clock;

    private final List<MatrixFigures> figureSources;

    public MatrixQuery(JdbcTemplate jdbc, DepartmentManagement departments, Clock clock,
            List<MatrixFigures> figureSources) {
        this.jdbc = jdbc;
        this.departments = departments;
        this.clock = clock;
        this.figureSources = figureSources;
    }

    /**
     * A reading of the site's figures, for whoever counts over several relationships and
     * periods at once.
     */
    public FigureReading reading(TenantId tenantId) {
        Map<Metric, MatrixFigures> byMetric = new EnumMap<>(Metric.class);
        figureSources.forEach(f -> byMetric.putIfAbsent(f.metric(), f));
        return new FigureReading(tenantId, byMetric);
    }

    private record Row(String providerId, String customerId, Standing standing, Integer agreed, int latest) {
    }

    @Transactional(readOnly = true)
    public MatrixView matrixFor(TenantId tenantId, String metricParam, String periodParam, String departmentsParam,
            UnknownDepartments unknown) {
        Metric metric = Metric.parse(metricParam);
        Period period = Quarter.parse("period", periodParam, clock).period();
        Set<String> wanted = departmentIds(departmentsParam);
        List<Row> rows = jdbc.query(
                "select provider_id, customer_id, standing, agreed_version, latest_version "
                        + "from relationship where tenant_id = ?",
                (rs, i) -> new Row(rs.getString(1), rs.getString(2), Standing.valueOf(rs.getString(3)),
                        (Integer) rs.getObject(4), rs.getInt(5)),
                tenantId.value());
        Set<String> referenced = new HashSet<>();
        rows.forEach(r -> {
            referenced.add(r.providerId());
            referenced.add(r.customerId());
        });
        List<MatrixView.Axis> axis = new ArrayList<>();
        Map<String, Integer> index = new HashMap<>();
        for (DepartmentName name : departments.names(tenantId)) {
            boolean shown = wanted.isEmpty() ? !name.archived() || referenced.contains(name.id())
                    : wanted.contains(name.id());
            if (shown) {
                index.put(name.id(), axis.size());
                axis.add(new MatrixView.Axis(name.id(), name.name()));
            }
        }
        List<String> missing = wanted.stream().filter(id -> !index.containsKey(id)).sorted().toList();
        if (!missing.isEmpty() && unknown == UnknownDepartments.REFUSE) {
            throw new InvalidInput("departments", "input.unknown-department");
        }
        Map<MatrixFigures.Pair, MatrixFigures.Figure> figures = metric == Metric.AGREEMENT ? Map.of()
                : figureSources.stream()
                    .filter(f -> f.metric() == metric)
                    .findFirst()
                    .map(f -> f.figuresFor(tenantId, period))
                    .orElse(Map.of());
        List<MatrixView.Cell> cells = new ArrayList<>(rows.size());
        for (Row row : rows) {
            Integer provider = index.get(row.providerId());
            Integer customer = index.get(row.customerId());
            if (provider != null && customer != null) {
                cells.add(metric == Metric.AGREEMENT ? agreementCell(row, provider, customer) : figureCell(
                        figures.get(new MatrixFigures.Pair(row.providerId(), row.customerId())), provider, customer));
            }
        }
        return new MatrixView(metric, period, axis, cells, missing);
    }

    private static MatrixView.Cell figureCell(MatrixFigures.Figure figure, int provider, int customer) {
        if (figure == null) {
            return new MatrixView.Cell(provider, customer, null, NO_DATA, true, Map.of());
        }
        return new MatrixView.Cell(provider, customer, figure.value(), figure.label(), false, figure.counts());
    }

    private static MatrixView.Cell agreementCell(Row row, int provider, int customer) {
        // The agreement's figures are its version numbers, which the label states.
        return switch (row.standing()) {
            case AGREED -> new MatrixView.Cell(provider, customer, 1.0, "Agreed v" + row.agreed(), false, Map.of());
            case AGREED_DRAFT_PENDING -> new MatrixView.Cell(provider, customer, 0.75,
                    "Agreed v" + row.agreed() + ", v" + row.latest() + " pending", false, Map.of());
            case DRAFT -> new MatrixView.Cell(provider, customer, 0.4, "Draft v" + row.latest(), false, Map.of());
            case NONE -> new MatrixView.Cell(provider, customer, 0.0, "No agreement yet", false, Map.of());
        };
    }

    private static Set<String> departmentIds(String param) {
        if (param == null || param.isBlank()) {
            return Set.of();
        }
        Set<String> ids = new HashSet<>();
        Arrays.stream(param.split(",")).map(String::strip).filter(s -> !s.isEmpty()).forEach(ids::add);
        if (ids.size() > 1000) {
            throw new InvalidInput("departments", "input.too-many-departments");
        }
        return ids;
    }

}
