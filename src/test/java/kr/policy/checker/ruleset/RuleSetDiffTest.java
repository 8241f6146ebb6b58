package kr.policy.checker.ruleset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import kr.policy.checker.engine.RuleFile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import kr.policy.checker.ruleset.RuleSetDiff.Change;
import kr.policy.checker.ruleset.RuleSetDiff.FileChange;
import kr.policy.checker.ruleset.RuleSetDiff.HolidayChange;
import kr.policy.checker.ruleset.RuleSetDiff.RuleChange;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The difference between the project's rules and an edited copy, by file, by rule and by holiday. */
class RuleSetDiffTest {
    private static final String PERMIT = "permit-timeout/permit-timeout.drl";
    private static final String RESHORING_KO = "reshoring-subsidy/messages_ko.properties";
    private static final String HOLIDAYS = "calendar/holidays.yaml";

    private static List<RuleFile> rules;

    @BeforeAll
    static void readRules() throws IOException {
        rules = RuleDirectory.read(Path.of("rules"));
    }

    @Test
    void identicalSetsDifferInNothing() {
        RuleSetDiff diff = RuleSetDiff.between(rules, List.copyOf(rules));
        assertEquals(List.of(), diff.files());
        assertEquals(List.of(), diff.rules());
        assertEquals(List.of(), diff.holidays());
    }

    @Test
    void aNewVersionOfAStatuteInTheRegisterIsASourceChange() {
        RuleSetDiff diff = RuleSetDiff.between(rules, edit("sources.yaml",
                "number: 법률 제21738호\n    promulgated: 2026-06-02\n    effective: 2026-08-11",
                "number: 법률 제21999호\n    promulgated: 2026-06-02\n    effective: 2026-09-18"));
        assertEquals(List.of(new RuleSetDiff.SourceChange("semiconductor-act", Change.MODIFIED,
                List.of("number", "effective"))), diff.sources());
        assertEquals(List.of(), diff.rules(), "no rule changed");
        assertEquals("sources.yaml", diff.files().get(0).path());
    }

    @Test
    void anEarlierVersionOfAProvisionInTheRegisterIsASourceChange() {
        // the 시행규칙 of 2025-10-01 read anew: a version of the entry changes, no rule does
        RuleSetDiff diff = RuleSetDiff.between(rules, edit("sources.yaml",
                "      - number: 산업통상부령 제1호\n", "      - number: 산업통상부령 제2호\n"));
        assertEquals(List.of(new RuleSetDiff.SourceChange("reshoring-rule", Change.MODIFIED, List.of("versions"))),
                diff.sources());
        assertEquals(List.of(), diff.rules(), "no rule changed");
    }

    @Test
    void aRuleThatNamesAnotherSourceChangesItsSource() {
        RuleSetDiff diff = RuleSetDiff.between(rules, edit(PERMIT,
                "@source(\"heritage-impact-act\")", "@source(\"buried-heritage-act\")"));
        assertEquals(1, diff.rules().size());
        assertEquals(List.of("source"), diff.rules().get(0).changed());
    }

    @Test
    void aNumberInAConsequenceChangesThatRulesThen() {
        RuleSetDiff diff = RuleSetDiff.between(rules, edit(PERMIT,
                "periods.expiry($c.requestDate(), 60,", "periods.expiry($c.requestDate(), 61,"));

        assertEquals(1, diff.files().size());
        FileChange file = diff.files().get(0);
        assertEquals(PERMIT, file.path());
        assertEquals(Change.MODIFIED, file.change());
        assertTrue(file.diff().startsWith("--- a/" + PERMIT + "\n+++ b/" + PERMIT + "\n@@ "), file.diff());
        assertTrue(file.diff().contains("\n-    LocalDate expiry = periods.expiry($c.requestDate(), 60,"), file.diff());
        assertTrue(file.diff().contains("\n+    LocalDate expiry = periods.expiry($c.requestDate(), 61,"), file.diff());
        assertTrue(file.diff().endsWith("\n"));

        assertEquals(List.of(new RuleChange("permit-timeout", "time-out period", Change.MODIFIED, List.of("then"))),
                diff.rules());
        assertEquals(List.of(), diff.holidays());
    }

    @Test
    void aLegalBasisEditChangesOnlyTheLegalBasis() {
        RuleSetDiff diff = RuleSetDiff.between(rules, edit(PERMIT,
                "@legalBasis(\"{channel:basis}제5항\") @source(\"{channel:source}\") @validFrom(\"2023-07-01\") @message(\"period.timeout\")",
                "@legalBasis(\"{channel:basis}제5항 본문\") @source(\"{channel:source}\") @validFrom(\"2023-07-01\") @message(\"period.timeout\")"));

        assertEquals(List.of(new RuleChange("permit-timeout", "time-out period", Change.MODIFIED,
                List.of("legalBasis"))), diff.rules());
    }

    @Test
    void aMessageTextEditChangesEveryRuleShowingIt() {
        RuleSetDiff diff = RuleSetDiff.between(rules, edit(RESHORING_KO,
                "cap.set=국비 지원한도는", "cap.set=국비 지원 한도는"));

        assertEquals(List.of(RESHORING_KO), diff.files().stream().map(FileChange::path).toList());
        assertEquals(Change.MODIFIED, diff.files().get(0).change());
        List<String> capRules = List.of(
                "cap before 2024-08-30: capital region",
                "cap before 2024-08-30: outside the capital region",
                "cap from 2024-08-30: capital region",
                "cap from 2024-08-30: outside the capital region");
        assertEquals(capRules.stream().map(name ->
                new RuleChange("reshoring-subsidy", name, Change.MODIFIED, List.of("message"))).toList(), diff.rules());
    }

    @Test
    void aHintTextEditChangesTheRuleGivingIt() {
        RuleSetDiff diff = RuleSetDiff.between(rules, edit(RESHORING_KO,
                "hint.technology=기술 분야(technology)를", "hint.technology=기술 분야를"));

        assertEquals(List.of(new RuleChange("reshoring-subsidy", "technology not given", Change.MODIFIED,
                List.of("hint"))), diff.rules());
    }

    @Test
    void aRuleAddedAtTheEndIsAddedAndADeletedRuleIsRemoved() {
        String added = """

                rule "a new rule"
                    @legalBasis("국가첨단전략산업법 제19조") @message("countdown")
                when
                    PermitTimeoutCase()
                then
                end
                """;
        RuleSetDiff withNew = RuleSetDiff.between(rules, replace(rules, PERMIT, text(PERMIT) + added));
        assertEquals(List.of(new RuleChange("permit-timeout", "a new rule", Change.ADDED, List.of())),
                withNew.rules());

        String drl = text(PERMIT);
        int start = drl.indexOf("rule \"plan without a request\"");
        int end = drl.indexOf("\nend\n", start) + "\nend\n".length();
        RuleSetDiff withoutOne = RuleSetDiff.between(rules,
                replace(rules, PERMIT, drl.substring(0, start) + drl.substring(end)));
        assertEquals(List.of(new RuleChange("permit-timeout", "plan without a request", Change.REMOVED, List.of())),
                withoutOne.rules());
        assertEquals(1, withoutOne.files().size());
    }

    @Test
    void reIndentingAndCommentingARuleChangesNoRule() {
        RuleSetDiff diff = RuleSetDiff.between(rules, edit(PERMIT, """
                    $c : PermitTimeoutCase(requestDate != null)
                    $r : PermitTimeoutResult(outcome == null, timeoutExpiryDate == null, convention != null)
                """, """
                        $c :   PermitTimeoutCase(requestDate != null)   // only with a request

                    $r : PermitTimeoutResult(outcome == null,
                                             timeoutExpiryDate == null, convention != null)
                """));

        assertEquals(List.of(), diff.rules());
        assertEquals(List.of(PERMIT), diff.files().stream().map(FileChange::path).toList());
    }

    @Test
    void aDrlThatDoesNotParseReportsNoRulesButItsFile() {
        RuleSetDiff diff = RuleSetDiff.between(rules, edit(PERMIT,
                "PermitTimeoutCase(extensionDays > 15)", "PermitTimeoutCase(extensionDays > 15"));

        assertEquals(List.of(), diff.rules());
        assertEquals(List.of(PERMIT), diff.files().stream().map(FileChange::path).toList());
    }

    @Test
    void aDeclaredDayIsAnAddedHolidayAndAWithdrawnOneIsRemoved() {
        String temporary = "      - {date: 2025-06-03,";
        RuleSetDiff added = RuleSetDiff.between(rules, edit(HOLIDAYS, temporary,
                "      - {date: 2027-06-16, name: 임시공휴일, nameEn: Temporary holiday, note: test}\n" + temporary));
        assertEquals(List.of(new HolidayChange(LocalDate.of(2027, 6, 16), Change.ADDED, "임시공휴일")),
                added.holidays());
        assertEquals(List.of(HOLIDAYS), added.files().stream().map(FileChange::path).toList());

        RuleSetDiff removed = RuleSetDiff.between(rules, edit(HOLIDAYS,
                "      - {date: 2024-10-01, name: 국군의 날 임시공휴일, nameEn: Armed Forces Day (temporary holiday), "
                        + "note: 국무회의 2024-09-03}\n", ""));
        assertEquals(List.of(new HolidayChange(LocalDate.of(2024, 10, 1), Change.REMOVED, "국군의 날 임시공휴일")),
                removed.holidays());
    }

    @Test
    void aBinaryFileIsListedWithoutADiff() {
        List<RuleFile> to = new ArrayList<>(rules);
        to.add(new RuleFile("permit-timeout/diagram.png", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 1, 2}));
        RuleSetDiff diff = RuleSetDiff.between(rules, to);

        assertEquals(1, diff.files().size());
        assertEquals("permit-timeout/diagram.png", diff.files().get(0).path());
        assertEquals(Change.ADDED, diff.files().get(0).change());
        assertNull(diff.files().get(0).diff());
        assertEquals(List.of(), diff.rules());
    }

    @Test
    void anAddedTextFileIsDiffedAgainstNothing() {
        List<RuleFile> to = new ArrayList<>(rules);
        to.add(new RuleFile("permit-timeout/README.txt", "one\ntwo\n".getBytes(StandardCharsets.UTF_8)));
        FileChange file = RuleSetDiff.between(rules, to).files().get(0);

        assertEquals(Change.ADDED, file.change());
        assertTrue(file.diff().startsWith("--- a/permit-timeout/README.txt\n+++ b/permit-timeout/README.txt\n@@ "),
                file.diff());
        assertTrue(file.diff().endsWith("\n+one\n+two\n"), file.diff());
    }

    private static String text(String path) {
        return rules.stream().filter(f -> f.path().equals(path)).findFirst().orElseThrow().text();
    }

    /** The rules with one occurrence of {@code from} replaced in one file; fails unless it occurs exactly once. */
    private static List<RuleFile> edit(String path, String from, String to) {
        String text = text(path);
        int at = text.indexOf(from);
        assertTrue(at >= 0 && text.indexOf(from, at + 1) < 0, "exactly one \"" + from + "\" in " + path);
        return replace(rules, path, text.substring(0, at) + to + text.substring(at + from.length()));
    }

    private static List<RuleFile> replace(List<RuleFile> files, String path, String text) {
        return files.stream().map(f -> f.path().equals(path)
                ? new RuleFile(path, text.getBytes(StandardCharsets.UTF_8)) : f).toList();
    }
}
