package kr.policy.checker.ruleset;

import com.github.difflib.DiffUtils;
import com.github.difflib.UnifiedDiffUtils;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import kr.policy.checker.engine.RuleFile;
import kr.policy.checker.ruleset.RuleSetDiff.CellChange;
import kr.policy.checker.ruleset.RuleSetDiff.FileChange;

/** The file part of a {@link RuleSetDiff}: texts as unified diffs, decision tables as rows of text and changed cells. */
final class FileDiffs {
    private static final int CONTEXT_LINES = 3;
    private static final String NO_NEWLINE = "\\ No newline at end of file";

    private FileDiffs() {
    }

    /** Each file added, removed or with other bytes: its unified diff, and a decision table's changed cells. */
    static List<FileChange> between(Map<String, RuleFile> before, Map<String, RuleFile> after) {
        List<FileChange> out = new ArrayList<>();
        for (String path : RuleSetDiff.union(before.keySet(), after.keySet())) {
            RuleFile a = before.get(path);
            RuleFile b = after.get(path);
            if (a == null || b == null || !Arrays.equals(a.content(), b.content())) {
                out.add(new FileChange(path, RuleSetDiff.change(a, b), unifiedDiff(path, a, b), cellChanges(a, b)));
            }
        }
        return out;
    }

    /**
     * The library's unified diff of the two texts (an absent side is empty), of a decision table's rows; null if
     * either side is another binary file.
     */
    private static String unifiedDiff(String path, RuleFile a, RuleFile b) {
        List<String> old;
        List<String> neu;
        if (DecisionSheet.isTable(path)) {
            old = rows(a);
            neu = rows(b);
            if (old == null || neu == null) {
                return null;
            }
        } else if (a != null && !a.isText() || b != null && !b.isText()) {
            return null;
        } else {
            old = lines(a);
            neu = lines(b);
        }
        List<String> diff = UnifiedDiffUtils.generateUnifiedDiff("a/" + path, "b/" + path, old,
                DiffUtils.diff(old, neu), CONTEXT_LINES);
        if (diff.isEmpty()) {
            diff = List.of("--- a/" + path, "+++ b/" + path);
        }
        return String.join("\n", diff) + "\n";
    }

    /** A decision table as lines of text, one per row: "12: a | b | c"; empty rows left out; null if unreadable. */
    private static List<String> rows(RuleFile table) {
        if (table == null) {
            return List.of();
        }
        List<List<String>> cells = DecisionSheet.cells(table);
        if (cells == null) {
            return null;
        }
        List<String> out = new ArrayList<>();
        for (int r = 0; r < cells.size(); r++) {
            if (!cells.get(r).isEmpty()) {
                out.add((r + 1) + ": " + String.join(" | ", cells.get(r)));
            }
        }
        return out;
    }

    /** Each cell of a decision table whose shown value differs, in row then column order. */
    private static List<CellChange> cellChanges(RuleFile a, RuleFile b) {
        if (a == null || b == null || !DecisionSheet.isTable(a.path())) {
            return List.of();
        }
        List<List<String>> old = DecisionSheet.cells(a);
        List<List<String>> neu = DecisionSheet.cells(b);
        if (old == null || neu == null) {
            return List.of();
        }
        List<CellChange> out = new ArrayList<>();
        for (int r = 0; r < Math.max(old.size(), neu.size()); r++) {
            List<String> x = r < old.size() ? old.get(r) : List.of();
            List<String> y = r < neu.size() ? neu.get(r) : List.of();
            for (int c = 0; c < Math.max(x.size(), y.size()); c++) {
                String before = c < x.size() ? x.get(c) : "";
                String after = c < y.size() ? y.get(c) : "";
                if (!before.equals(after)) {
                    out.add(new CellChange(DecisionSheet.ref(r, c), before, after));
                }
            }
        }
        return out;
    }

    /** The lines of a text; a missing final newline is a line of its own, so that adding one is a visible change. */
    private static List<String> lines(RuleFile file) {
        if (file == null || file.content().length == 0) {
            return List.of();
        }
        String text = file.text();
        List<String> lines = new ArrayList<>(Arrays.asList(text.split("\n", -1)));
        if (text.endsWith("\n")) {
            lines.remove(lines.size() - 1);
        } else {
            lines.add(NO_NEWLINE);
        }
        return lines;
    }
}
