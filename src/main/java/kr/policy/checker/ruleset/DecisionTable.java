package kr.policy.checker.ruleset;

import static kr.policy.checker.ruleset.DecisionSheet.display;

import kr.policy.checker.engine.RuleFile;
import kr.policy.checker.engine.RuleError;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import kr.policy.checker.ruleset.TableLayout.Column;
import kr.policy.checker.ruleset.TableLayout.Table;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
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
    private static final AtomicLong COMPILATIONS = new AtomicLong();

    /** A table compiled: its DRL (as a rule file under the spreadsheet's path) and its rules' cells by rule name. */
    record Compiled(RuleFile drl, Map<String, String> cellOfRule) {
    }

    private final RuleFile file;
    private final ClassLoader loader;
    private final SheetErrors errors;

    private DecisionTable(RuleFile file, ClassLoader loader, List<RuleError> errors) {
        this.file = file;
        this.loader = loader;
        this.errors = new SheetErrors(file, errors);
    }

    /** The table's DRL, or null with its errors added (each naming the file and cell). */
    static Compiled compile(RuleFile xlsx, ClassLoader loader, List<RuleError> errors) {
        return new DecisionTable(xlsx, loader, errors).compile();
    }

    /** How many spreadsheets this JVM has read and compiled (not taken from the cache): for tests of the cache. */
    static long compilations() {
        return COMPILATIONS.get();
    }

    private Compiled compile() {
        COMPILATIONS.incrementAndGet();
        int before = errors.count();
        Workbook wb;
        try {
            wb = WorkbookFactory.create(new ByteArrayInputStream(file.content()));
        } catch (IOException | RuntimeException e) {
            errors.at(null, "not a spreadsheet this service can read (XLSX): " + e.getMessage());
            return null;
        }
        try (wb) {
            if (wb.getNumberOfSheets() != 1) {
                errors.at(null, "a decision table file holds one sheet; this one has " + wb.getNumberOfSheets());
                return null;
            }
            Sheet sheet = wb.getSheetAt(0);
            List<Table> tables = new TableLayout(loader, errors).read(sheet);
            if (tables.isEmpty()) {
                errors.at(null, "no RuleTable in the sheet");
            }
            Map<String, String> names = new LinkedHashMap<>();
            TableChecks checks = new TableChecks(errors);
            for (Table t : tables) {
                checks.checkCells(sheet, t, names);
                if (errors.count() == before) {
                    checks.checkOverlaps(sheet, t);
                }
            }
            if (errors.count() > before) {
                return null;
            }
            String drl = new SpreadsheetCompiler().compile(new ByteArrayInputStream(normalized(sheet, tables)),
                    InputType.XLS);
            return new Compiled(new RuleFile(file.path(), drl.getBytes(java.nio.charset.StandardCharsets.UTF_8)),
                    names);
        } catch (IOException | RuntimeException e) {
            errors.at(null, "the decision table cannot be compiled: " + e.getMessage());
            return null;
        }
    }

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
                        value = col == null ? value : col.literal(cell);
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
}
