package kr.policy.checker.ruleset;

import static kr.policy.checker.ruleset.DecisionSheet.ref;

import kr.policy.checker.engine.RuleFile;
import kr.policy.checker.engine.RuleError;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;

/** A decision table's errors as authors read them: the file and the cell ({@code caps.xlsx!E9: …}). */
final class SheetErrors {
    private final String path;
    private final String fileName;
    private final List<RuleError> errors;

    SheetErrors(RuleFile file, List<RuleError> errors) {
        this.path = file.path();
        this.fileName = file.fileName();
        this.errors = errors;
    }

    /** An error at a cell, or at the file when {@code at} is null. */
    void at(Cell at, String message) {
        String where = at == null ? fileName : fileName + "!" + ref(at.getRowIndex(), at.getColumnIndex());
        errors.add(new RuleError(path, null, where + ": " + message));
    }

    /** An error at a row's cell of a column (the cell may be empty, so it is named by row and column). */
    void at(Row row, TableLayout.Column col, String message) {
        errors.add(new RuleError(path, null, fileName + "!" + ref(row.getRowNum(), col.index()) + ": " + message));
    }

    int count() {
        return errors.size();
    }
}
