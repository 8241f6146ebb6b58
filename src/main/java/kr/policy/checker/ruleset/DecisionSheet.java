package kr.policy.checker.ruleset;

import kr.policy.checker.engine.RuleFile;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellReference;

/**
 * A decision table's spreadsheet as people see and edit it: its cells as text (for pages and diffs), cells set as an
 * author types them, and each cell read as the value it shows (number, date, TRUE/FALSE). Compiling the table is
 * {@link DecisionTable}'s job.
 */
public final class DecisionSheet {
    private DecisionSheet() {
    }

    /** Whether a rule file is a decision table. */
    public static boolean isTable(RuleFile file) {
        return isTable(file.path());
    }

    /** Whether a rule file's path names a decision table (the one place the extension is written). */
    public static boolean isTable(String path) {
        return path.endsWith(".xlsx");
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

    /** A cell's reference as a spreadsheet names it (0-based row and column → C12). */
    public static String ref(int row, int column) {
        return new CellReference(row, column).formatAsString();
    }

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

    static String text(Cell cell) {
        return display(cell);
    }

    static BigDecimal number(Cell cell) {
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

    static Boolean bool(Cell cell) {
        String shown = display(cell);
        return shown.equalsIgnoreCase("TRUE") ? Boolean.TRUE : shown.equalsIgnoreCase("FALSE") ? Boolean.FALSE : null;
    }

    static LocalDate date(Cell cell) {
        String shown = display(cell);
        try {
            return shown.isEmpty() ? null : LocalDate.parse(shown);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    static Cell firstCell(Row row) {
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

    static boolean blank(Row row, int start, int width) {
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
}
