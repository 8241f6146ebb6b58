package kr.policy.checker.engine;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.lang.reflect.Method;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.drools.decisiontable.InputType;
import org.drools.decisiontable.SpreadsheetCompiler;

/**
 * A Drools decision table (XLSX) of a domain folder: the tabular parts of a law (caps, bands, shares) as rows a policy
 * officer edits in a spreadsheet. Read here cell by cell before Drools sees it: every value is checked against the
 * type of the field its column sets or tests (a number where a number is due, a date where a date is, one of the
 * values of an enum), every row names its rule, legal basis and message, and no two rows of a table may fire for the
 * same case (their equal-valued conditions, bands and validity periods all overlap) nor may bands leave a gap. Errors
 * name the file and the cell ({@code caps.xlsx!E9: …}). Cells are then written as DRL literals of their field's type
 * (20000000000 → {@code 20000000000L}, 1000 → {@code 1000B} in a condition), so that an author types plain numbers
 * and dates, and the
 * table is compiled by Drools' own spreadsheet compiler into DRL that goes the way of every other rule file.
 *
 * <p>Layout (Drools' own): {@code RuleSet} and {@code Import} rows, then per table a {@code RuleTable} row, a row of
 * column kinds (NAME, CONDITION, ACTION, METADATA, PRIORITY), an object-type row left empty (every condition's
 * template is a whole pattern, such as {@code $r : ReshoringResult(capKrw == null, capitalRegion == $param)}), a
 * template row, a row of labels for people, and the data rows until an empty row.
 */
public final class DecisionTable {
    private static final Pattern PATTERN = Pattern.compile("^\\s*(?:\\$\\w+\\s*:\\s*)?([A-Z]\\w*)\\s*\\((.*)\\)\\s*$",
            Pattern.DOTALL);
    private static final Pattern COMPARISON = Pattern.compile("(\\w+)\\s*(==|!=|>=|<=|>|<)\\s*(?:\\w+\\.)?\\$param");
    private static final Pattern SETTER = Pattern.compile("set(\\w+)\\(\\s*(?:\\w+\\.)?\\$param");
    /** Every table names each row's rule, its legal basis, its legal source and its message. */
    private static final List<String> REQUIRED_COLUMNS = List.of("NAME", "legalBasis", "source", "message");
    private static final Pattern METADATA = Pattern.compile("^\\s*(\\w+)\\s*\\(");
    private static final java.util.concurrent.atomic.AtomicLong COMPILATIONS = new java.util.concurrent.atomic.AtomicLong();

    /** A table compiled: its DRL (as a rule file under the spreadsheet's path) and its rules' cells by rule name. */
    record Compiled(RuleFile drl, Map<String, String> cellOfRule) {
    }

    private enum Kind { NUMBER, BOOLEAN, ENUM, DATE, TEXT, FLAG }

    /** One column of a table: what it is, its template, and what its cells must hold. */
    private record Column(int index, String type, String template, Kind kind, Class<?> javaType, String property,
                          String operator) {
        boolean isCondition() {
            return type.equals("CONDITION");
        }

        String metadataName() {
            Matcher m = METADATA.matcher(template);
            return type.equals("METADATA") && m.find() ? m.group(1) : null;
        }
    }

    private record Table(int headerRow, List<Column> columns, List<Integer> dataRows) {
    }

    private final RuleFile file;
    private final ClassLoader loader;
    private final List<RuleError> errors;
    private final String fileName;
    private final List<Class<?>> imports = new ArrayList<>();

    private DecisionTable(RuleFile file, ClassLoader loader, List<RuleError> errors) {
        this.file = file;
        this.loader = loader;
        this.errors = errors;
        this.fileName = file.fileName();
    }

    /** The table's DRL, or null with its errors added (each naming the file and cell). */
    static Compiled compile(RuleFile xlsx, ClassLoader loader, List<RuleError> errors) {
        return new DecisionTable(xlsx, loader, errors).compile();
    }

    /** How many spreadsheets this JVM has read and compiled (not taken from the cache): for tests of the cache. */
    static long compilations() {
        return COMPILATIONS.get();
    }

    /** Whether a rule file is a decision table. */
    public static boolean isTable(RuleFile file) {
        return file.path().endsWith(".xlsx");
    }

    /** The sheet's cells as people see them, row by row (for diffs and pages); null if it is not a workbook. */
    public static List<List<String>> cells(RuleFile xlsx) {
        try (Workbook wb = WorkbookFactory.create(new ByteArrayInputStream(xlsx.content()))) {
            Sheet sheet = wb.getSheetAt(0);
            List<List<String>> rows = new ArrayList<>();
            for (int r = 0; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                List<String> cells = new ArrayList<>();
                if (row != null) {
                    for (int c = 0; c < Math.max(0, row.getLastCellNum()); c++) {
                        cells.add(display(row.getCell(c)));
                    }
                }
                while (!cells.isEmpty() && cells.get(cells.size() - 1).isEmpty()) {
                    cells.remove(cells.size() - 1);
                }
                rows.add(cells);
            }
            return rows;
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /**
     * The workbook with cells set as a person types them (by reference, such as C12): digits become numbers, TRUE and
     * FALSE booleans, anything else text; an empty value empties the cell. Formatting is kept.
     */
    public static byte[] withCells(byte[] xlsx, Map<String, String> values) throws IOException {
        try (Workbook wb = WorkbookFactory.create(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = wb.getSheetAt(0);
            for (Map.Entry<String, String> e : values.entrySet()) {
                CellReference ref = new CellReference(e.getKey());
                Row row = sheet.getRow(ref.getRow()) != null ? sheet.getRow(ref.getRow()) : sheet.createRow(ref.getRow());
                Cell cell = row.getCell(ref.getCol());
                String value = e.getValue() == null ? "" : e.getValue().strip();
                if (value.isEmpty()) {
                    if (cell != null) {
                        row.removeCell(cell);
                    }
                    continue;
                }
                cell = cell != null ? cell : row.createCell(ref.getCol());
                BigDecimal n = parseNumber(value);
                if (n != null) {
                    cell.setCellValue(n.doubleValue());
                } else if (value.equalsIgnoreCase("TRUE") || value.equalsIgnoreCase("FALSE")) {
                    cell.setCellValue(Boolean.parseBoolean(value.toLowerCase(java.util.Locale.ROOT)));
                } else {
                    cell.setCellValue(value);
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            wb.write(out);
            return out.toByteArray();
        }
    }

    private static BigDecimal parseNumber(String text) {
        if (!text.matches("-?[0-9][0-9,]*(\\.[0-9]+)?")) {
            return null;
        }
        return new BigDecimal(text.replace(",", ""));
    }

    private Compiled compile() {
        COMPILATIONS.incrementAndGet();
        int before = errors.size();
        Workbook wb;
        try {
            wb = WorkbookFactory.create(new ByteArrayInputStream(file.content()));
        } catch (IOException | RuntimeException e) {
            error(null, "not a spreadsheet this service can read (XLSX): " + e.getMessage());
            return null;
        }
        try (wb) {
            if (wb.getNumberOfSheets() != 1) {
                error(null, "a decision table file holds one sheet; this one has " + wb.getNumberOfSheets());
                return null;
            }
            Sheet sheet = wb.getSheetAt(0);
            readImports(sheet);
            List<Table> tables = tables(sheet);
            if (tables.isEmpty()) {
                error(null, "no RuleTable in the sheet");
            }
            Map<String, String> names = new LinkedHashMap<>();
            for (Table t : tables) {
                checkCells(sheet, t, names);
                if (errors.size() == before) {
                    checkOverlaps(sheet, t);
                }
            }
            if (errors.size() > before) {
                return null;
            }
            String drl = new SpreadsheetCompiler().compile(new ByteArrayInputStream(normalized(sheet, tables)),
                    InputType.XLS);
            return new Compiled(new RuleFile(file.path(), drl.getBytes(java.nio.charset.StandardCharsets.UTF_8)),
                    names);
        } catch (IOException | RuntimeException e) {
            error(null, "the decision table cannot be compiled: " + e.getMessage());
            return null;
        }
    }

    // ------------------------------------------------------------------ structure

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
                        error(list, "no class " + fqn + " to import");
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
                error(first, "a RuleTable is followed by a row of column kinds, an object-type row and a template row");
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
                error(at, "the table has no " + (needed.equals("NAME") ? "NAME column (the rule names explanations show)"
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
                error(at, "a condition's template is a whole pattern comparing a field with $param, such as "
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
            error(at, "no imported class has the field " + property + " that this column uses");
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

    // ------------------------------------------------------------------ cells

    private void checkCells(Sheet sheet, Table table, Map<String, String> names) {
        for (int r : table.dataRows()) {
            Row row = sheet.getRow(r);
            for (Column col : table.columns()) {
                Cell cell = row.getCell(col.index());
                String shown = display(cell);
                boolean required = col.type().equals("NAME")
                        || col.metadataName() != null && REQUIRED_COLUMNS.contains(col.metadataName());
                if (shown.isEmpty()) {
                    if (required) {
                        error(cell, row, col, (col.type().equals("NAME") ? "the rule's name" : col.metadataName())
                                + " is required in every row");
                    }
                    continue;
                }
                if (col.type().equals("NAME") && names.putIfAbsent(shown, ref(r, col.index())) != null) {
                    error(cell, row, col, "the rule name \"" + shown + "\" is also in " + names.get(shown));
                }
                if (shown.contains("\"")) {
                    error(cell, row, col, "a cell may not hold a double quote (\")");
                }
                check(cell, row, col, shown);
            }
        }
    }

    private void check(Cell cell, Row row, Column col, String shown) {
        switch (col.kind()) {
            case NUMBER -> {
                if (number(cell) == null) {
                    error(cell, row, col, "\"" + shown + "\" is not a number; write digits only, such as 20000000000");
                } else if (isWhole(col.javaType()) && number(cell).stripTrailingZeros().scale() > 0) {
                    error(cell, row, col, shown + " is not a whole number");
                }
            }
            case BOOLEAN -> {
                if (bool(cell) == null) {
                    error(cell, row, col, "\"" + shown + "\" is not TRUE or FALSE");
                }
            }
            case DATE -> {
                if (date(cell) == null) {
                    error(cell, row, col, "\"" + shown + "\" is not a date; write it as 2024-08-30");
                }
            }
            case ENUM -> {
                Set<String> values = new HashSet<>();
                Arrays.stream(col.javaType().getEnumConstants()).forEach(e -> values.add(((Enum<?>) e).name()));
                if (!values.contains(shown)) {
                    error(cell, row, col, "\"" + shown + "\" is not one of " + values);
                }
            }
            default -> {
                // text and marks: anything
            }
        }
    }

    /** No two rows of a table fire for the same case, and bands on a field leave no gap. */
    private void checkOverlaps(Sheet sheet, Table table) {
        List<Integer> rows = table.dataRows();
        for (int i = 0; i < rows.size(); i++) {
            for (int j = i + 1; j < rows.size(); j++) {
                if (!exclusive(sheet.getRow(rows.get(i)), sheet.getRow(rows.get(j)), table)) {
                    Cell a = nameCell(sheet.getRow(rows.get(i)), table);
                    error(a, "rows " + (rows.get(i) + 1) + " and " + (rows.get(j) + 1)
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
            if (col.operator().equals("==") && hasA && hasB && !literal(ca, col).equals(literal(cb, col))) {
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
                    error(sorted.get(i + 1).getCell(lo.index()), "no row covers " + lo.property() + " from "
                            + end.toPlainString() + " to " + next.toPlainString() + ": the bands leave a gap");
                }
            }
        }
    }

    // ------------------------------------------------------------------ the sheet as Drools reads it

    /** A copy of the sheet where every cell is text and every data cell a DRL literal of its field's type. */
    private byte[] normalized(Sheet sheet, List<Table> tables) throws IOException {
        Map<Integer, Table> dataRows = new HashMap<>();
        tables.forEach(t -> t.dataRows().forEach(r -> dataRows.put(r, t)));
        try (XSSFWorkbook out = new XSSFWorkbook()) {
            Sheet copy = out.createSheet(sheet.getSheetName());
            for (int r = 0; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                if (row == null) {
                    continue;
                }
                Row target = copy.createRow(r);
                Table table = dataRows.get(r);
                for (int c = 0; c < Math.max(0, row.getLastCellNum()); c++) {
                    Cell cell = row.getCell(c);
                    String value = display(cell);
                    if (table != null && !value.isEmpty()) {
                        int index = c;
                        Column col = table.columns().stream().filter(x -> x.index() == index).findFirst().orElse(null);
                        value = col == null ? value : literal(cell, col);
                    }
                    if (!value.isEmpty()) {
                        target.createCell(c).setCellValue(value);
                    }
                }
            }
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            out.write(bytes);
            return bytes.toByteArray();
        }
    }

    /** A cell as DRL: whole numbers of a Long field with L, of a BigDecimal field as 1000B or BigDecimal.valueOf(1000L). */
    private static String literal(Cell cell, Column col) {
        return switch (col.kind()) {
            case NUMBER -> {
                BigDecimal n = number(cell);
                String plain = n.stripTrailingZeros().toPlainString();
                Class<?> t = col.javaType();
                if (t == Long.class || t == long.class) {
                    yield plain + "L";
                }
                if (t == BigDecimal.class) {
                    // Drools escapes quotes in cells, so no new BigDecimal("…"); valueOf keeps the digits as written
                    yield col.isCondition() ? plain + "B"
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

    // ------------------------------------------------------------------ reading cells

    /** A cell as a person sees it: numbers in full (no exponent), dates as ISO, booleans as TRUE/FALSE. */
    static String display(Cell cell) {
        if (cell == null) {
            return "";
        }
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        return switch (type) {
            case NUMERIC -> DateUtil.isCellDateFormatted(cell)
                    ? cell.getLocalDateTimeCellValue().toLocalDate().toString()
                    : BigDecimal.valueOf(cell.getNumericCellValue()).stripTrailingZeros().toPlainString();
            case BOOLEAN -> cell.getBooleanCellValue() ? "TRUE" : "FALSE";
            case STRING -> cell.getStringCellValue().strip();
            default -> "";
        };
    }

    private static String text(Cell cell) {
        return display(cell);
    }

    private static BigDecimal number(Cell cell) {
        String shown = display(cell).replace(",", "");
        if (cell != null && cell.getCellType() == CellType.NUMERIC && DateUtil.isCellDateFormatted(cell)) {
            return null;
        }
        try {
            return new BigDecimal(shown);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static Boolean bool(Cell cell) {
        String shown = display(cell);
        return shown.equalsIgnoreCase("TRUE") ? Boolean.TRUE : shown.equalsIgnoreCase("FALSE") ? Boolean.FALSE : null;
    }

    private static LocalDate date(Cell cell) {
        String shown = display(cell);
        try {
            return shown.isEmpty() ? null : LocalDate.parse(shown);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static boolean isWhole(Class<?> type) {
        return type == Long.class || type == long.class || type == Integer.class || type == int.class;
    }

    private static Cell firstCell(Row row) {
        if (row == null) {
            return null;
        }
        for (Cell c : row) {
            if (!display(c).isEmpty()) {
                return c;
            }
        }
        return null;
    }

    private static boolean blank(Row row, int start, int width) {
        if (row == null) {
            return true;
        }
        for (int c = start; c < start + Math.max(1, width); c++) {
            if (!display(row.getCell(c)).isEmpty()) {
                return false;
            }
        }
        return true;
    }

    private static Cell nameCell(Row row, Table table) {
        return table.columns().stream().filter(c -> c.type().equals("NAME")).findFirst()
                .map(c -> row.getCell(c.index())).orElse(row.getCell(0));
    }

    /** A cell's reference as a spreadsheet names it (0-based row and column → C12). */
    public static String ref(int row, int column) {
        return new CellReference(row, column).formatAsString();
    }

    private void error(Cell cell, Row row, Column col, String message) {
        errors.add(new RuleError(file.path(), null, fileName + "!" + ref(row.getRowNum(), col.index()) + ": " + message));
    }

    private void error(Cell at, String message) {
        String where = at == null ? fileName : fileName + "!" + ref(at.getRowIndex(), at.getColumnIndex());
        errors.add(new RuleError(file.path(), null, where + ": " + message));
    }
}
