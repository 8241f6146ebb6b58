package kr.policy.checker.ruleset;

import static kr.policy.checker.ruleset.DecisionSheet.bool;
import static kr.policy.checker.ruleset.DecisionSheet.date;
import static kr.policy.checker.ruleset.DecisionSheet.display;
import static kr.policy.checker.ruleset.DecisionSheet.number;
import static kr.policy.checker.ruleset.DecisionSheet.ref;
import static kr.policy.checker.ruleset.TableLayout.REQUIRED_COLUMNS;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import kr.policy.checker.ruleset.TableLayout.Column;
import kr.policy.checker.ruleset.TableLayout.Kind;
import kr.policy.checker.ruleset.TableLayout.Table;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;

/**
 * What a decision table's cells must be before Drools sees them: each value of its field's type, every row named with
 * its legal basis, source and message, rule names unique, no two rows firing for the same case, no gap between bands.
 */
final class TableChecks {
    private final SheetErrors errors;

    TableChecks(SheetErrors errors) {
        this.errors = errors;
    }

    void checkCells(Sheet sheet, Table table, Map<String, String> names) {
        for (int r : table.dataRows()) {
            Row row = sheet.getRow(r);
            for (Column col : table.columns()) {
                Cell cell = row.getCell(col.index());
                String shown = display(cell);
                boolean required = col.type().equals("NAME")
                        || col.metadataName() != null && REQUIRED_COLUMNS.contains(col.metadataName());
                if (shown.isEmpty()) {
                    if (required) {
                        errors.at(row, col, (col.type().equals("NAME") ? "the rule's name" : col.metadataName())
                                + " is required in every row");
                    }
                    continue;
                }
                if (col.type().equals("NAME") && names.putIfAbsent(shown, ref(r, col.index())) != null) {
                    errors.at(row, col, "the rule name \"" + shown + "\" is also in " + names.get(shown));
                }
                if (shown.contains("\"")) {
                    errors.at(row, col, "a cell may not hold a double quote (\")");
                }
                check(cell, row, col, shown);
            }
        }
    }

    private void check(Cell cell, Row row, Column col, String shown) {
        switch (col.kind()) {
            case NUMBER -> {
                if (number(cell) == null) {
                    errors.at(row, col, "\"" + shown + "\" is not a number; write digits only, such as 20000000000");
                } else if (isWhole(col.javaType()) && number(cell).stripTrailingZeros().scale() > 0) {
                    errors.at(row, col, shown + " is not a whole number");
                }
            }
            case BOOLEAN -> {
                if (bool(cell) == null) {
                    errors.at(row, col, "\"" + shown + "\" is not TRUE or FALSE");
                }
            }
            case DATE -> {
                if (date(cell) == null) {
                    errors.at(row, col, "\"" + shown + "\" is not a date; write it as 2024-08-30");
                }
            }
            case ENUM -> {
                Set<String> values = new HashSet<>();
                Arrays.stream(col.javaType().getEnumConstants()).forEach(e -> values.add(((Enum<?>) e).name()));
                if (!values.contains(shown)) {
                    errors.at(row, col, "\"" + shown + "\" is not one of " + values);
                }
            }
            default -> {
                // text and marks: anything
            }
        }
    }

    /** No two rows of a table fire for the same case, and bands on a field leave no gap. */
    void checkOverlaps(Sheet sheet, Table table) {
        List<Integer> rows = table.dataRows();
        for (int i = 0; i < rows.size(); i++) {
            for (int j = i + 1; j < rows.size(); j++) {
                if (!exclusive(sheet.getRow(rows.get(i)), sheet.getRow(rows.get(j)), table)) {
                    Cell a = nameCell(sheet.getRow(rows.get(i)), table);
                    errors.at(a, "rows " + (rows.get(i) + 1) + " and " + (rows.get(j) + 1)
                            + " would both fire for the same case: make a condition or the validity periods differ");
                }
            }
        }
        checkGaps(sheet, table);
    }

    private boolean exclusive(Row a, Row b, Table table) {
        Map<String, BigDecimal[]> boundsA = new HashMap<>();
        Map<String, BigDecimal[]> boundsB = new HashMap<>();
        LocalDate[] periodA = {LocalDate.MIN, LocalDate.MAX};
        LocalDate[] periodB = {LocalDate.MIN, LocalDate.MAX};
        for (Column col : table.columns()) {
            Cell ca = a.getCell(col.index());
            Cell cb = b.getCell(col.index());
            if ("validFrom".equals(col.metadataName()) || "validTo".equals(col.metadataName())) {
                int side = col.metadataName().equals("validFrom") ? 0 : 1;
                if (date(ca) != null) {
                    periodA[side] = date(ca);
                }
                if (date(cb) != null) {
                    periodB[side] = date(cb);
                }
                continue;
            }
            if (!col.isCondition() || col.operator() == null) {
                continue;
            }
            boolean hasA = !display(ca).isEmpty();
            boolean hasB = !display(cb).isEmpty();
            if (col.operator().equals("==") && hasA && hasB && !col.literal(ca).equals(col.literal(cb))) {
                return true;
            }
            if (col.kind() == Kind.NUMBER && !col.operator().equals("==") && !col.operator().equals("!=")) {
                // each row's own band; a bound left empty is open on that side
                if (hasA) {
                    bound(boundsA, col, number(ca));
                }
                if (hasB) {
                    bound(boundsB, col, number(cb));
                }
            }
        }
        if (periodA[1].isBefore(periodB[0]) || periodB[1].isBefore(periodA[0])) {
            return true;
        }
        for (Map.Entry<String, BigDecimal[]> e : boundsA.entrySet()) {
            BigDecimal[] x = e.getValue();
            BigDecimal[] y = boundsB.getOrDefault(e.getKey(), new BigDecimal[2]);
            if (x[1] != null && y[0] != null && x[1].compareTo(y[0]) <= 0
                    || y[1] != null && x[0] != null && y[1].compareTo(x[0]) <= 0) {
                return true;
            }
        }
        return false;
    }

    /** [lower, upper) of a field: ≥ sets the lower bound, &lt; the upper (the tables' bands are half-open). */
    private static void bound(Map<String, BigDecimal[]> bounds, Column col, BigDecimal value) {
        BigDecimal[] b = bounds.computeIfAbsent(col.property(), k -> new BigDecimal[2]);
        if (col.operator().startsWith(">")) {
            b[0] = value;
        } else {
            b[1] = value;
        }
    }

    /** Bands on one field, in rows that agree on everything else, follow one another without a gap. */
    private void checkGaps(Sheet sheet, Table table) {
        Column lower = null;
        Column upper = null;
        for (Column c : table.columns()) {
            if (c.isCondition() && c.kind() == Kind.NUMBER && c.operator() != null) {
                if (c.operator().startsWith(">")) {
                    lower = c;
                } else if (c.operator().startsWith("<")) {
                    upper = c;
                }
            }
        }
        if (lower == null || upper == null || !Objects.equals(lower.property(), upper.property())) {
            return;
        }
        Map<String, List<Row>> groups = new LinkedHashMap<>();
        for (int r : table.dataRows()) {
            Row row = sheet.getRow(r);
            StringBuilder key = new StringBuilder();
            for (Column c : table.columns()) {
                if (c != lower && c != upper && (c.isCondition() || c.metadataName() != null
                        && c.metadataName().startsWith("valid"))) {
                    key.append(c.index()).append('=').append(display(row.getCell(c.index()))).append(';');
                }
            }
            groups.computeIfAbsent(key.toString(), k -> new ArrayList<>()).add(row);
        }
        Column lo = lower;
        Column hi = upper;
        for (List<Row> group : groups.values()) {
            List<Row> sorted = new ArrayList<>(group);
            sorted.sort((x, y) -> {
                BigDecimal a = number(x.getCell(lo.index()));
                BigDecimal b = number(y.getCell(lo.index()));
                return a == null ? (b == null ? 0 : -1) : b == null ? 1 : a.compareTo(b);
            });
            for (int i = 0; i + 1 < sorted.size(); i++) {
                BigDecimal end = number(sorted.get(i).getCell(hi.index()));
                BigDecimal next = number(sorted.get(i + 1).getCell(lo.index()));
                if (end != null && next != null && end.compareTo(next) < 0) {
                    errors.at(sorted.get(i + 1).getCell(lo.index()), "no row covers " + lo.property() + " from "
                            + end.toPlainString() + " to " + next.toPlainString() + ": the bands leave a gap");
                }
            }
        }
    }

    private static boolean isWhole(Class<?> type) {
        return type == Long.class || type == long.class || type == Integer.class || type == int.class;
    }

    private static Cell nameCell(Row row, Table table) {
        return table.columns().stream().filter(c -> c.type().equals("NAME")).findFirst()
                .map(c -> row.getCell(c.index())).orElse(row.getCell(0));
    }
}
