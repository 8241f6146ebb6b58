package kr.policy.checker.web;

import io.quarkus.qute.TemplateData;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import kr.policy.checker.app.ClockProducer;
import kr.policy.checker.archive.ArchivedVersion;
import kr.policy.checker.ruleset.DecisionSheet;
import kr.policy.checker.engine.RuleFile;
import kr.policy.checker.ruleset.RuleSetDiff;
import kr.policy.checker.history.Simulations;
import kr.policy.checker.text.Language;

/** The rows the rule authors' pages show (versions, diffs, a decision table's cells, simulation items), and how each is made. */
final class RuleAuthorRows {
    private RuleAuthorRows() {
    }

    @TemplateData
    record VersionRow(String version, String shortVersion, String firstInService, boolean inService, String loadedBy,
                      int files, boolean candidate) {
    }

    @TemplateData
    record DiffLine(String text, String kind) {
    }

    @TemplateData
    record FileDiff(String path, String change, List<DiffLine> lines, boolean binary, List<CellRow> cells) {
    }

    /** A decision table's row on the page: its number and its cells, each editable by its reference. */
    @TemplateData
    record SheetRow(int number, List<SheetCell> cells) {
    }

    @TemplateData
    record SheetCell(String ref, String value) {
        /** Input width: the value's, from 10 to 22 characters (a long text scrolls inside its cell). */
        public int width() {
            return Math.min(22, Math.max(10, value.length()));
        }
    }

    /** A changed cell of a decision table in a diff. */
    @TemplateData
    record CellRow(String cell, String before, String after) {
    }

    record RuleErrorRow(String file, Integer line, String message) {
    }

    @TemplateData
    record RecentRow(String id, String started, String status, List<String> files, int changed, int evaluated) {
    }

    @TemplateData
    record RuleChangeRow(String domain, String rule, String change, List<String> changed) {
    }

    @TemplateData
    record HolidayRow(String date, String change, String name) {
    }

    @TemplateData
    record TransitionRow(String domain, String from, String to, long count) {
    }

    @TemplateData
    record RuleFiringRow(String domain, String rule, long firedBase, long firedCandidate) {
    }

    @TemplateData
    record ChangeRow(String path, String recorded, String current) {
    }

    @TemplateData
    record ItemRow(String source, String sourceLabel, String ref, String link, String domain, String title,
                   String base, String candidate, List<String> changes) {
    }

    /** The column letters of a sheet's grid (A, B, …). */
    static List<String> columns(List<SheetRow> rows) {
        return rows.isEmpty() ? List.of() : rows.get(0).cells().stream().map(c -> c.ref().replaceAll("[0-9]", ""))
                .toList();
    }

    /** A decision table as rows of cells (as people see them), with the author's edits where given. */
    static List<SheetRow> sheet(RuleFile table, Map<String, String> edited) {
        List<List<String>> cells = DecisionSheet.cells(table);
        if (cells == null) {
            return List.of();
        }
        int width = cells.stream().mapToInt(List::size).max().orElse(0);
        List<SheetRow> rows = new ArrayList<>();
        for (int r = 0; r < cells.size(); r++) {
            List<SheetCell> row = new ArrayList<>();
            for (int c = 0; c < width; c++) {
                String ref = DecisionSheet.ref(r, c);
                String value = c < cells.get(r).size() ? cells.get(r).get(c) : "";
                row.add(new SheetCell(ref, edited.getOrDefault(ref, value)));
            }
            rows.add(new SheetRow(r + 1, row));
        }
        return rows;
    }

    /** The archived versions, newest first; the one in service marked. */
    static List<VersionRow> versions(List<ArchivedVersion> archived, String inService) {
        return archived.stream().map(v -> new VersionRow(v.version, abbreviate(v.version),
                v.firstInServiceAt == null ? "" : v.firstInServiceAt.toLocalDate().toString(),
                v.version.equals(inService), v.loadedByOrganization == null ? "" : v.loadedByOrganization,
                v.fileCount, v.firstInServiceAt == null)).toList();
    }

    /** The latest simulations, their start in Seoul's time to the minute and their status in words. */
    static List<RecentRow> recent(List<Simulations.View> simulations, Language language) {
        Map<String, String> words = PageTexts.of(language);
        return simulations.stream().map(r -> new RecentRow(r.id().toString(),
                r.createdAt().atZoneSameInstant(ClockProducer.SEOUL).toLocalDateTime().toString().replace('T', ' ')
                        .substring(0, 16),
                words.getOrDefault("rules.status." + r.status(), r.status()), r.changedFiles(), r.changed(),
                r.evaluated())).toList();
    }

    /** Each changed file of a diff: its lines marked added, removed or the same; a table's cells changed. */
    static List<FileDiff> files(RuleSetDiff diff, Map<String, String> words) {
        return diff.files().stream().map(f -> new FileDiff(f.path(), words.get("rules.change." + f.change().name()),
                f.diff() == null ? List.of() : f.diff().lines().map(RuleAuthorRows::line).toList(),
                f.diff() == null, f.cells().stream().map(c -> new CellRow(c.cell(), c.before(), c.after())).toList()))
                .toList();
    }

    static DiffLine line(String text) {
        String kind = text.startsWith("+++") || text.startsWith("---") ? "head"
                : text.startsWith("@@") ? "hunk" : text.startsWith("+") ? "add" : text.startsWith("-") ? "del" : "same";
        return new DiffLine(text, kind);
    }

    static ItemRow itemRow(Simulations.ItemView i, Map<String, String> words, Language language) {
        String link = switch (i.source()) {
            case "PERMIT_CASE" -> "/clerk/cases/PERMIT_CASES/" + i.ref() + "?lang=" + language.tag();
            case "REGULATION_REVIEW" -> "/clerk/cases/REGULATION_REVIEWS/" + i.ref() + "?lang=" + language.tag();
            case "STORED_EVALUATION" -> "/admin/rules/evaluations/" + i.ref() + "?lang=" + language.tag();
            default -> null;
        };
        List<String> changes = i.changes().stream()
                .map(c -> c.path() + ": " + c.base() + " → " + c.candidate()).toList();
        return new ItemRow(i.source(), words.getOrDefault("rules.source." + i.source(), i.source()), i.ref(), link,
                TransitionChart.domainLabel(i.domain(), words), i.title() == null ? i.ref() : i.title(),
                TransitionChart.outcome(i.base().outcome(), words),
                TransitionChart.outcome(i.candidate().outcome(), words), changes);
    }

    /** sha256:3f1c2a4b… : enough to tell versions apart on a page; the full digest is in the title attribute. */
    static String abbreviate(String version) {
        return version == null ? "" : version.length() > 19 ? version.substring(0, 19) + "…" : version;
    }
}
