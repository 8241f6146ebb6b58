package kr.policy.checker.ruleset;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellReference;

/** Edits a decision table as a person would in a spreadsheet: one cell at a time. */
public final class Sheets {
    private Sheets() {
    }

    /** The workbook with one cell of its sheet set to a number, a boolean or text (null empties it). */
    public static byte[] withCell(byte[] xlsx, String cell, Object value) {
        try (Workbook wb = WorkbookFactory.create(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = wb.getSheetAt(0);
            CellReference ref = new CellReference(cell);
            Row row = sheet.getRow(ref.getRow()) != null ? sheet.getRow(ref.getRow()) : sheet.createRow(ref.getRow());
            Cell c = row.getCell(ref.getCol()) != null ? row.getCell(ref.getCol()) : row.createCell(ref.getCol());
            if (value == null) {
                row.removeCell(c);
            } else if (value instanceof Number n) {
                c.setCellValue(n.doubleValue());
            } else if (value instanceof Boolean b) {
                c.setCellValue(b);
            } else {
                c.setCellValue(value.toString());
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A file of a rules directory with one cell changed, written back. */
    public static void edit(Path dir, String file, String cell, Object value) {
        try {
            Path path = dir.resolve(file);
            Files.write(path, withCell(Files.readAllBytes(path), cell, value));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
