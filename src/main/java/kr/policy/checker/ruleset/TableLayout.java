package kr.policy.checker.ruleset;

import static kr.policy.checker.ruleset.DecisionSheet.blank;
import static kr.policy.checker.ruleset.DecisionSheet.bool;
import static kr.policy.checker.ruleset.DecisionSheet.date;
import static kr.policy.checker.ruleset.DecisionSheet.display;
import static kr.policy.checker.ruleset.DecisionSheet.firstCell;
import static kr.policy.checker.ruleset.DecisionSheet.number;
import static kr.policy.checker.ruleset.DecisionSheet.text;

import java.lang.reflect.Method;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;

/**
 * A decision table sheet's structure (Drools' layout): its imports, and per {@code RuleTable} its columns, each typed
 * by the field its template tests or sets (read from the imported classes), and its data rows.
 */
final class TableLayout {
    private static final Pattern PATTERN = Pattern.compile("^\\s*(?:\\$\\w+\\s*:\\s*)?([A-Z]\\w*)\\s*\\((.*)\\)\\s*$",
            Pattern.DOTALL);
    private static final Pattern COMPARISON = Pattern.compile("(\\w+)\\s*(==|!=|>=|<=|>|<)\\s*(?:\\w+\\.)?\\$param");
    private static final Pattern SETTER = Pattern.compile("set(\\w+)\\(\\s*(?:\\w+\\.)?\\$param");
    /** Every table names each row's rule, its legal basis, its legal source and its message. */
    static final List<String> REQUIRED_COLUMNS = List.of("NAME", "legalBasis", "source", "message");
    private static final Pattern METADATA = Pattern.compile("^\\s*(\\w+)\\s*\\(");

    enum Kind { NUMBER, BOOLEAN, ENUM, DATE, TEXT, FLAG }

    /** One column of a table: what it is, its template, and what its cells must hold. */
    record Column(int index, String type, String template, Kind kind, Class<?> javaType, String property,
                  String operator) {
        boolean isCondition() {
            return type.equals("CONDITION");
        }

        String metadataName() {
            Matcher m = METADATA.matcher(template);
            return type.equals("METADATA") && m.find() ? m.group(1) : null;
        }

        /** A cell as DRL: whole numbers of a Long field with L, of a BigDecimal field as 1000B or BigDecimal.valueOf(1000L). */
        String literal(Cell cell) {
            return switch (kind) {
                case NUMBER -> {
                    BigDecimal n = number(cell);
                    String plain = n.stripTrailingZeros().toPlainString();
                    Class<?> t = javaType;
                    if (t == Long.class || t == long.class) {
                        yield plain + "L";
                    }
                    if (t == BigDecimal.class) {
                        // Drools escapes quotes in cells, so no new BigDecimal("…"); valueOf keeps the digits as written
                        yield isCondition() ? plain + "B"
                                : "java.math.BigDecimal.valueOf(" + plain + (n.scale() <= 0 || plain.indexOf('.') < 0 ? "L" : "")
                                + ")";
                    }
                    yield plain;
                }
                case BOOLEAN -> bool(cell).toString();
                case DATE -> date(cell).toString();
                default -> display(cell);
            };
        }
    }

    record Table(int headerRow, List<Column> columns, List<Integer> dataRows) {
    }

    private final ClassLoader loader;
    private final SheetErrors errors;
    private final List<Class<?>> imports = new ArrayList<>();

    TableLayout(ClassLoader loader, SheetErrors errors) {
        this.loader = loader;
        this.errors = errors;
    }

    /** The sheet's tables, their columns typed by its imports; what cannot be read is reported. */
    List<Table> read(Sheet sheet) {
        readImports(sheet);
        return tables(sheet);
    }

    private void readImports(Sheet sheet) {
        for (Row row : sheet) {
            Cell first = firstCell(row);
            if (first != null && text(first).equals("Import")) {
                Cell list = row.getCell(first.getColumnIndex() + 1);
                for (String name : text(list).split(",")) {
                    String fqn = name.strip();
                    if (fqn.isEmpty()) {
                        continue;
                    }
                    try {
                        imports.add(Class.forName(fqn, false, loader));
                    } catch (ClassNotFoundException e) {
                        errors.at(list, "no class " + fqn + " to import");
                    }
                }
            }
        }
    }

    private List<Table> tables(Sheet sheet) {
        List<Table> out = new ArrayList<>();
        for (int r = 0; r <= sheet.getLastRowNum(); r++) {
            Cell first = firstCell(sheet.getRow(r));
            if (first == null || !text(first).startsWith("RuleTable")) {
                continue;
            }
            int start = first.getColumnIndex();
            Row types = sheet.getRow(r + 1);
            Row templates = sheet.getRow(r + 3);
            if (types == null || templates == null) {
                errors.at(first, "a RuleTable is followed by a row of column kinds, an object-type row and a template row");
                continue;
            }
            List<Column> columns = new ArrayList<>();
            for (int c = start; c < types.getLastCellNum(); c++) {
                String type = text(types.getCell(c)).toUpperCase(java.util.Locale.ROOT);
                if (type.isEmpty()) {
                    break;
                }
                columns.add(column(c, type, text(templates.getCell(c)), templates.getCell(c)));
            }
            List<Integer> data = new ArrayList<>();
            for (int d = r + 5; d <= sheet.getLastRowNum() && !blank(sheet.getRow(d), start, columns.size()); d++) {
                data.add(d);
            }
            Table table = new Table(r, columns, data);
            requireColumns(first, table);
            out.add(table);
            r = data.isEmpty() ? r + 4 : data.get(data.size() - 1);
        }
        return out;
    }

    private void requireColumns(Cell at, Table table) {
        Set<String> kinds = new HashSet<>();
        table.columns().forEach(c -> kinds.add(c.metadataName() != null ? c.metadataName() : c.type()));
        for (String needed : REQUIRED_COLUMNS) {
            if (!kinds.contains(needed)) {
                errors.at(at, "the table has no " + (needed.equals("NAME") ? "NAME column (the rule names explanations show)"
                        : "METADATA column " + needed + "(\"$param\")"));
            }
        }
    }

    /** What a column's cells hold, from the field its template tests or sets. */
    private Column column(int index, String type, String template, Cell at) {
        if (type.equals("METADATA")) {
            Matcher m = METADATA.matcher(template);
            String name = m.find() ? m.group(1) : "";
            Kind kind = name.equals("validFrom") || name.equals("validTo") ? Kind.DATE : Kind.TEXT;
            return new Column(index, type, template, kind, null, name, null);
        }
        if (type.equals("PRIORITY")) {
            return new Column(index, type, template, Kind.NUMBER, Integer.class, null, null);
        }
        if (!template.contains("$param")) {
            // a fixed condition or action: any mark in a cell turns it on
            return new Column(index, type, template, type.equals("NAME") ? Kind.TEXT : Kind.FLAG, null, null, null);
        }
        String property;
        String operator = null;
        Class<?> javaType;
        if (type.equals("CONDITION")) {
            Matcher p = PATTERN.matcher(template);
            Matcher c = COMPARISON.matcher(template);
            if (!p.find() || !c.find()) {
                errors.at(at, "a condition's template is a whole pattern comparing a field with $param, such as "
                        + "$r : Result(capKrw == null, capitalRegion == $param)");
                return new Column(index, type, template, Kind.TEXT, null, null, null);
            }
            property = c.group(1);
            operator = c.group(2);
            javaType = propertyType(p.group(1), property);
        } else {
            Matcher s = SETTER.matcher(template);
            if (!s.find()) {
                return new Column(index, type, template, Kind.TEXT, null, null, null);
            }
            property = Character.toLowerCase(s.group(1).charAt(0)) + s.group(1).substring(1);
            javaType = setterType(s.group(1));
        }
        if (javaType == null) {
            errors.at(at, "no imported class has the field " + property + " that this column uses");
            return new Column(index, type, template, Kind.TEXT, null, property, operator);
        }
        return new Column(index, type, template, kindOf(javaType), javaType, property, operator);
    }

    private Class<?> propertyType(String simpleName, String property) {
        for (Class<?> c : imports) {
            if (c.getSimpleName().equals(simpleName)) {
                String cap = Character.toUpperCase(property.charAt(0)) + property.substring(1);
                for (String name : List.of("get" + cap, "is" + cap, property)) {
                    try {
                        Method m = c.getMethod(name);
                        return m.getReturnType();
                    } catch (NoSuchMethodException next) {
                        // try the next spelling
                    }
                }
            }
        }
        return null;
    }

    private Class<?> setterType(String capitalised) {
        for (Class<?> c : imports) {
            for (Method m : c.getMethods()) {
                if (m.getName().equals("set" + capitalised) && m.getParameterCount() == 1) {
                    return m.getParameterTypes()[0];
                }
            }
        }
        return null;
    }

    private static Kind kindOf(Class<?> type) {
        if (type == Boolean.class || type == boolean.class) {
            return Kind.BOOLEAN;
        }
        if (type.isEnum()) {
            return Kind.ENUM;
        }
        if (type == LocalDate.class) {
            return Kind.DATE;
        }
        if (Number.class.isAssignableFrom(type) || type.isPrimitive()) {
            return Kind.NUMBER;
        }
        return Kind.TEXT;
    }
}
