package com.icr.relationship.internal;

import com.icr.relationship.AgreementRequest;
import com.icr.relationship.RelationshipManagement;
import com.icr.relationship.RelationshipRequest;
import com.icr.relationship.ServiceTarget;
import com.icr.relationship.Standing;
import com.icr.department.DepartmentManagement;
import com.icr.department.DepartmentName;
import com.icr.tenant.DirectoryEntry;
import com.icr.tenant.People;
import com.icr.tenant.Person;
import com.icr.tenant.SiteDirectory;
import com.icr.tenant.TenantManagement;
import com.icr.tenant.TenantId;
import com.icr.core.AccountId;
import com.icr.core.InvalidInput;
import com.icr.core.SpreadsheetCells;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.IntConsumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import javax.persistence.EntityManager;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The whole matrix as one CSV file, so that a site can be set up from a spreadsheet:
 * export, and an import that is all or nothing (one transaction, rolled back on any error
 * or for a dry run) and whose errors name the line and the column. Cells that a
 * spreadsheet would run as a formula are written with a leading apostrophe, which the
 * import takes off again. Beside each column of account ids the export writes the
 * person's name (all names in one call to {@link People}); the import takes an account id
 * or a display name in either, a name resolved before the import's transaction through
 * the site's user search ({@link SiteDirectory}), once per distinct name: exactly one
 * active person of that name, or the row's error says why.
 */
@Component
class MatrixCsv {

    static final List<String> COLUMNS = List.of("provider", "customer", "deliverables", "expectations",
            "customer_gives_back", "first_response_hours", "resolution_hours", "provider_owner", "provider_owner_name",
            "customer_owner", "customer_owner_name", "executive_sponsor", "executive_sponsor_name", "standing",
            "agreed_version");

    /**
     * The columns that name a person, each with its name column ({@code <column>_name})
     * beside it.
     */
    static final List<String> PEOPLE_COLUMNS = List.of("provider_owner", "customer_owner", "executive_sponsor");

    /**
     * The most different names one file may give instead of account ids (each is a search
     * in Jira).
     */
    static final int MAX_NAMES = 1_000;

    /**
     * What looks like an account id rather than a name: Atlassian's two forms, and
     * tombstones.
     */
    private static final Pattern ACCOUNT_ID_FORM = Pattern.compile("[A-Za-z0-9_-]*:[A-Za-z0-9:_-]+|[0-9a-fA-F]{24}");

    private static final Set<String> REQUIRED = Set.of("provider", "customer");

    private static final int MAX_ROWS = 50_000;

    private static final int BATCH = 200;

    private static final Pattern IO_LINE = Pattern.compile("line (\\d+)");

    private final JdbcTemplate jdbc;

    private final DepartmentManagement departments;

    private final RelationshipManagement relationships;

    private final RelationshipRepository repository;

    private final TransactionTemplate transactions;

    private final EntityManager entities;

    private final TenantManagement revisions;

    private final People people;

    private final SiteDirectory directory;

    MatrixCsv(JdbcTemplate jdbc, DepartmentManagement departments, RelationshipManagement relationships,
            RelationshipRepository repository, PlatformTransactionManager transactionManager, EntityManager entities,
            TenantManagement revisions, People people, SiteDirectory directory) {
        this.people = people;
        this.directory = directory;
        this.jdbc = jdbc;
        this.departments = departments;
        this.relationships = relationships;
        this.repository = repository;
        this.transactions = new TransactionTemplate(transactionManager);
        this.entities = entities;
        this.revisions = revisions;
    }

    String export(TenantId tenantId) {
        DeliverablesConverter deliverables = new DeliverablesConverter();
        Map<String, String> names = departments.names(tenantId)
            .stream()
            .collect(Collectors.toMap(DepartmentName::id, DepartmentName::name));
        List<List<String>> rows = jdbc.query(
                "select r.provider_id, r.customer_id, v.deliverables, v.expectations, "
                        + "v.customer_gives_back, v.first_response_hours, v.resolution_hours, r.provider_owner, "
                        + "r.customer_owner, r.executive_sponsor, r.standing, r.agreed_version from relationship r "
                        + "join agreement_version v on v.relationship_id = r.id and v.number = r.latest_version "
                        + "where r.tenant_id = ?",
                (rs, i) -> Arrays.asList(names.get(rs.getString(1)), names.get(rs.getString(2)),
                        String.join("\n", deliverables.convertToEntityAttribute(rs.getString(3))), rs.getString(4),
                        rs.getString(5), text(rs.getObject(6)), text(rs.getObject(7)), rs.getString(8), rs.getString(9),
                        rs.getString(10), Standing.valueOf(rs.getString(11)).json(), text(rs.getObject(12))),
                tenantId.value());
        rows.sort((a, b) -> {
            int byProvider = a.get(0).compareToIgnoreCase(b.get(0));
            return byProvider != 0 ? byProvider : a.get(1).compareToIgnoreCase(b.get(1));
        });
        Map<AccountId, Person> named = namesOf(tenantId, rows);
        rows = rows.stream().map(row -> {
            List<String> withNames = new ArrayList<>(row.subList(0, 7));
            for (int i = 7; i < 10; i++) {
                withNames.add(row.get(i));
                Person person = row.get(i) == null ? null : named.get(new AccountId(row.get(i)));
                withNames.add(person == null || person.displayName() == null ? "" : person.displayName());
            }
            withNames.addAll(row.subList(10, row.size()));
            return withNames;
        }).toList();
        StringWriter out = new StringWriter();
        try (CSVPrinter printer = new CSVPrinter(out,
                CSVFormat.RFC4180.builder().setHeader(COLUMNS.toArray(String[]::new)).build())) {
            for (List<String> row : rows) {
                printer.printRecord(row.stream().map(SpreadsheetCells::neutralise).toList());
            }
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /** The people of the rows' account id columns, in one call to {@link People}. */
    private Map<AccountId, Person> namesOf(TenantId tenantId, List<List<String>> rows) {
        Set<AccountId> ids = new java.util.LinkedHashSet<>();
        for (List<String> row : rows) {
            for (int i = 7; i < 10; i++) {
                if (row.get(i) != null && !row.get(i).isBlank()) {
                    ids.add(new AccountId(row.get(i)));
                }
            }
        }
        return ids.isEmpty() ? Map.of() : people.of(tenantId, ids);
    }

    /**
     * Reads and applies the file in one transaction. The site's revisions (whose row lock
     * every other change of the site waits for) are raised once, at the end, just before
     * the commit, and not at all by a dry run or a file with errors: the rows are applied
     * without holding it, so other requests of the site are not kept waiting behind a
     * long import. That last wait is bounded ({@link TenantManagement#structureChanged}).
     */
    ImportReport importCsv(TenantId tenantId, String csv, boolean dryRun, String actor) {
        return importCsv(tenantId, csv, dryRun, actor, rows -> {
        });
    }

    /**
     * The same, telling {@code progress} how many rows it has applied after each batch
     * (on the importing thread, inside the import's transaction: what it writes must go
     * through a transaction of its own to be seen before the import ends).
     */
    ImportReport importCsv(TenantId tenantId, String csv, boolean dryRun, String actor, IntConsumer progress) {
        Outcome outcome = new Outcome();
        Map<String, Named> names = resolveNames(tenantId, csv);
        transactions.executeWithoutResult(tx -> {
            apply(tenantId, new StringReader(csv), actor, names, outcome, progress);
            if (dryRun || !outcome.errors.isEmpty()) {
                tx.setRollbackOnly();
            }
            else {
                entities.flush();
                revisions.structureChanged(tenantId); // once for the whole file
            }
        });
        return new ImportReport(dryRun, outcome.departmentsCreated, outcome.created, outcome.updated,
                List.copyOf(outcome.errors));
    }

    private static final class Outcome {

        final List<ImportReport.Problem> errors = new ArrayList<>();

        int departmentsCreated;

        int created;

        int updated;

        void error(long line, String field, String message) {
            if (errors.size() < 200) {
                errors.add(new ImportReport.Problem(line, field, message));
            }
        }

    }

    /**
     * The rows (CSV records, which may span lines) of a file, for the progress of its
     * import; 0 when it is not CSV at all (its import then says why).
     */
    static int rowsIn(String csv) {
        try (CSVParser parser = CSVParser.parse(csv,
                CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).setIgnoreEmptyLines(true).build())) {
            int rows = 0;
            for (Iterator<CSVRecord> records = parser.iterator(); records.hasNext(); records.next()) {
                rows++;
            }
            return rows;
        }
        catch (IOException | UncheckedIOException | IllegalStateException | IllegalArgumentException e) {
            return 0;
        }
    }

    /**
     * A name the file gives for a person: the one account of that name, or why there is
     * none.
     */
    private record Named(String accountId, String problem, Object... arguments) {
    }

    /**
     * The names the file gives instead of account ids, each looked up once in the site's
     * Jira before the import's transaction (no remote call inside one). A file that is
     * not readable CSV resolves nothing: its import says why.
     */
    private Map<String, Named> resolveNames(TenantId tenantId, String csv) {
        Set<String> wanted = new java.util.LinkedHashSet<>();
        try (CSVParser parser = CSVParser.parse(csv,
                CSVFormat.RFC4180.builder()
                    .setHeader()
                    .setSkipHeaderRecord(true)
                    .setIgnoreEmptyLines(true)
                    .setTrim(true)
                    .build())) {
            Map<String, Integer> header = new HashMap<>();
            parser.getHeaderMap().forEach((name, index) -> header.put(name.strip().toLowerCase(Locale.ROOT), index));
            for (CSVRecord record : parser) {
                Row row = new Row(record, header, 0);
                for (String column : PEOPLE_COLUMNS) {
                    String value = row.person(column);
                    if (!value.isEmpty() && !looksLikeAccountId(value) && wanted.size() <= MAX_NAMES) {
                        wanted.add(value.toLowerCase(Locale.ROOT));
                    }
                }
            }
        }
        catch (IOException | UncheckedIOException | IllegalStateException | IllegalArgumentException e) {
            return Map.of();
        }
        Map<String, Named> names = new HashMap<>();
        for (String name : wanted) {
            if (names.size() == MAX_NAMES) {
                names.put(name, new Named(null, "input.too-many-names", MAX_NAMES));
                continue;
            }
            List<DirectoryEntry> found = directory.users(tenantId, name)
                .stream()
                .filter(user -> user.label().strip().equalsIgnoreCase(name))
                .toList();
            names.put(name,
                    found.size() == 1 ? new Named(found.get(0).id(), null)
                            : found.isEmpty() ? new Named(null, "input.no-user-named", shortened(name))
                                    : new Named(null, "input.several-users-named", found.size(), shortened(name)));
        }
        return names;
    }

    static boolean looksLikeAccountId(String value) {
        return ACCOUNT_ID_FORM.matcher(value).matches();
    }

    private static String shortened(String name) {
        return name.length() > 60 ? name.substring(0, 60) + "…" : name;
    }

    /**
     * The account a people column gives: its id, or the one account its name resolved to.
     */
    private static String accountOf(Row row, String column, Map<String, Named> names) {
        String value = row.person(column);
        if (value.isEmpty() || looksLikeAccountId(value)) {
            return value;
        }
        Named named = names.get(value.toLowerCase(Locale.ROOT));
        if (named == null) {
            throw new InvalidInput(column, "input.name-not-looked-up", shortened(value));
        }
        if (named.accountId() == null) {
            throw new InvalidInput(column, named.problem(), named.arguments());
        }
        return named.accountId();
    }

    private void apply(TenantId tenantId, Reader csv, String actor, Map<String, Named> names, Outcome outcome,
            IntConsumer progress) {
        CSVFormat format = CSVFormat.RFC4180.builder()
            .setHeader()
            .setSkipHeaderRecord(true)
            .setIgnoreEmptyLines(true)
            .setTrim(true)
            .build();
        try (CSVParser parser = CSVParser.parse(csv, format)) {
            Map<String, Integer> header = new HashMap<>();
            parser.getHeaderMap().forEach((name, index) -> header.put(name.strip().toLowerCase(Locale.ROOT), index));
            for (String column : REQUIRED) {
                if (!header.containsKey(column)) {
                    outcome.error(1, column,
                            "the header has no '" + column + "' column (columns: " + String.join(", ", COLUMNS) + ")");
                }
            }
            for (String column : header.keySet()) {
                if (!COLUMNS.contains(column)) {
                    outcome.error(1, column, "unknown column; expected " + String.join(", ", COLUMNS));
                }
            }
            if (!outcome.errors.isEmpty()) {
                return;
            }
            // Everything the rows are checked against is read once: the departments by
            // name, the relationships by pair.
            Map<String, DepartmentName> known = new HashMap<>();
            departments.names(tenantId).forEach(d -> known.put(d.name().toLowerCase(Locale.ROOT), d));
            Map<String, String> existing = new HashMap<>();
            jdbc.query("select provider_id, customer_id, id from relationship where tenant_id = ?", rs -> {
                existing.put(rs.getString(1) + "/" + rs.getString(2), rs.getString(3));
            }, tenantId.value());
            Set<String> pairs = new HashSet<>();
            Iterator<CSVRecord> records = parser.iterator();
            long line = parser.getCurrentLineNumber() + 1;
            int count = 0;
            List<Row> batch = new ArrayList<>(BATCH);
            while (records.hasNext()) {
                CSVRecord record = records.next();
                if (++count > MAX_ROWS) {
                    outcome.error(line, "csv", "at most " + MAX_ROWS + " relationships in one file");
                    return;
                }
                batch.add(new Row(record, header, line));
                line = parser.getCurrentLineNumber() + 1;
                if (batch.size() == BATCH) {
                    applyBatch(tenantId, batch, actor, names, known, existing, pairs, outcome);
                    progress.accept(count);
                }
            }
            applyBatch(tenantId, batch, actor, names, known, existing, pairs, outcome);
            if (count == 0) {
                outcome.error(2, "csv", "the file has a header but no relationships");
            }
        }
        catch (IOException | UncheckedIOException | IllegalStateException e) {
            outcome.error(lineOf(e), "csv", "the file is not valid CSV: " + firstLine(e.getMessage()));
        }
        catch (IllegalArgumentException e) {
            outcome.error(1, "csv", "the header is not valid: " + firstLine(e.getMessage()));
        }
    }

    /** One record, its starting line, and its cells by column name. */
    private record Row(CSVRecord record, Map<String, Integer> header, long line) {
        String get(String column) {
            Integer index = header.get(column);
            if (index == null || index >= record.size()) {
                return "";
            }
            return SpreadsheetCells.unneutralise(record.get(index));
        }

        /** A people column's account id or name; its name column when it is empty. */
        String person(String column) {
            String value = get(column).strip();
            return value.isEmpty() ? get(column + "_name").strip() : value;
        }
    }

    /**
     * A batch of rows: the relationships they change are loaded with one query (their
     * versions with them), the rows applied, then written and let go of. Every flush
     * dirty-checks every entity the session holds, so the session never holds more than
     * one batch: the import takes time in proportion to its rows.
     */
    private void applyBatch(TenantId tenantId, List<Row> batch, String actor, Map<String, Named> names,
            Map<String, DepartmentName> known, Map<String, String> existing, Set<String> pairs, Outcome outcome) {
        if (batch.isEmpty()) {
            return;
        }
        List<String> ids = new ArrayList<>();
        for (Row row : batch) {
            DepartmentName provider = known.get(row.get("provider").toLowerCase(Locale.ROOT));
            DepartmentName customer = known.get(row.get("customer").toLowerCase(Locale.ROOT));
            String id = provider == null || customer == null ? null : existing.get(provider.id() + "/" + customer.id());
            if (id != null) {
                ids.add(id);
            }
        }
        Map<String, Relationship> loaded = new HashMap<>();
        if (!ids.isEmpty()) {
            repository.findWithVersions(tenantId, ids).forEach(r -> loaded.put(r.id(), r));
        }
        for (Row row : batch) {
            applyRow(tenantId, row, actor, names, known, existing, loaded, pairs, outcome);
        }
        batch.clear();
        entities.flush();
        entities.clear();
    }

    private void applyRow(TenantId tenantId, Row row, String actor, Map<String, Named> names,
            Map<String, DepartmentName> known, Map<String, String> existing, Map<String, Relationship> loaded,
            Set<String> pairs, Outcome outcome) {
        String providerName = row.get("provider");
        String customerName = row.get("customer");
        if (providerName.isEmpty() || customerName.isEmpty()) {
            outcome.error(row.line(), providerName.isEmpty() ? "provider" : "customer", "is required");
            return;
        }
        if (providerName.equalsIgnoreCase(customerName)) {
            outcome.error(row.line(), "customer", "a department cannot be its own internal customer");
            return;
        }
        if (!pairs.add(providerName.toLowerCase(Locale.ROOT) + "\u0000" + customerName.toLowerCase(Locale.ROOT))) {
            outcome.error(row.line(), "customer",
                    "'" + providerName + "' -> '" + customerName + "' appears twice in the file");
            return;
        }
        try {
            DepartmentName provider = department(tenantId, providerName, "provider", known, outcome);
            DepartmentName customer = department(tenantId, customerName, "customer", known, outcome);
            RelationshipRequest request = new RelationshipRequest(provider.id(), customer.id(),
                    accountOf(row, "provider_owner", names), accountOf(row, "customer_owner", names),
                    accountOf(row, "executive_sponsor", names),
                    new AgreementRequest(Arrays.stream(row.get("deliverables").split("\\R")).toList(),
                            row.get("expectations"), row.get("customer_gives_back"),
                            new ServiceTarget(hours(row.get("first_response_hours"), "first_response_hours"),
                                    hours(row.get("resolution_hours"), "resolution_hours"))));
            String existingId = existing.get(provider.id() + "/" + customer.id());
            if (existingId != null) {
                Relationship relationship = loaded.containsKey(existingId) ? loaded.get(existingId)
                        : repository.findByTenantIdAndId(tenantId, existingId).orElseThrow();
                if (relationships.change(relationship, request, actor)) {
                    outcome.updated++;
                }
            }
            else {
                relationships.newRelationship(tenantId, provider, customer, request, actor);
                outcome.created++;
            }
        }
        catch (InvalidInput e) {
            outcome.error(row.line(), columnOf(e.field()), e.getMessage().substring(e.field().length() + 2));
        }
    }

    private DepartmentName department(TenantId tenantId, String name, String column, Map<String, DepartmentName> known,
            Outcome outcome) {
        DepartmentName department = known.get(name.toLowerCase(Locale.ROOT));
        if (department == null) {
            try {
                // a query per department the file names first, not per row
                department = departments.findByName(tenantId, name).orElse(null);
                if (department == null) {
                    department = departments.createNamed(tenantId, name);
                    outcome.departmentsCreated++;
                }
            }
            catch (InvalidInput e) {
                throw e.forField(column);
            }
            known.put(name.toLowerCase(Locale.ROOT), department);
        }
        if (department.archived()) {
            throw new InvalidInput(column, "input.department-archived", department.name());
        }
        return department;
    }

    private static Integer hours(String value, String column) {
        if (value.isEmpty()) {
            return null;
        }
        try {
            return Integer.valueOf(value);
        }
        catch (NumberFormatException e) {
            throw new InvalidInput(column, "input.not-whole-hours", value);
        }
    }

    private static String columnOf(String field) {
        return switch (field) {
            case "agreement.deliverables" -> "deliverables";
            case "agreement.expectations" -> "expectations";
            case "agreement.customerGivesBack" -> "customer_gives_back";
            case "agreement.serviceTarget.firstResponseHours" -> "first_response_hours";
            case "agreement.serviceTarget.resolutionHours" -> "resolution_hours";
            case "providerOwnerAccountId" -> "provider_owner";
            case "customerOwnerAccountId" -> "customer_owner";
            case "executiveSponsorAccountId" -> "executive_sponsor";
            case "providerId" -> "provider";
            case "customerId" -> "customer";
            default -> field;
        };
    }

    private static String text(Object value) {
        return value == null ? "" : value.toString();
    }

    private static long lineOf(Exception e) {
        Matcher m = IO_LINE.matcher(String.valueOf(e.getMessage()));
        long line = 0;
        while (m.find()) {
            line = Long.parseLong(m.group(1));
        }
        return line;
    }

    private static String firstLine(String message) {
        return message == null ? "unreadable" : message.lines().findFirst().orElse("unreadable");
    }

}
