package kr.policy.checker.ruleset;

import kr.policy.checker.engine.EngineFixture;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import kr.policy.checker.engine.RuleFile;
import kr.policy.checker.engine.RuleMeta;
import kr.policy.checker.engine.RuleSet;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The decision tables in rules/: a broken cell, a missing column, rows that would both fire and bands with a gap are
 * refused when the rule set loads, each naming the file and the cell; a good edit changes the rule it makes.
 */
class DecisionTableTest {
    private static final String CAPS = "reshoring-subsidy/caps.xlsx";
    private static final String TIERS = "export-voucher/mss-tiers.xlsx";
    private static final Instant NOW = Instant.parse("2026-01-01T00:00:00Z");

    @TempDir
    Path dir;

    private String refusal(String file, String cell, Object value) throws Exception {
        RulesCopy.of(dir);
        Sheets.edit(dir, file, cell, value);
        RuleSetLoadException e = assertThrows(RuleSetLoadException.class,
                () -> EngineFixture.LOADER.load(dir, NOW));
        assertTrue(e.errors().stream().allMatch(r -> r.file().equals(file)), e.errors().toString());
        return e.errors().toString();
    }

    @Test
    void aNonNumberInANumberCellIsRefusedByItsCell() throws Exception {
        String errors = refusal(CAPS, "C12", "150억");
        assertTrue(errors.contains("caps.xlsx!C12: \"150억\" is not a number"), errors);
    }

    @Test
    void aDateThatIsNotADateIsRefusedByItsCell() throws Exception {
        String errors = refusal(CAPS, "F12", "2024-08-32");
        assertTrue(errors.contains("caps.xlsx!F12: \"2024-08-32\" is not a date"), errors);
    }

    @Test
    void aValueOutsideAnEnumIsRefused() throws Exception {
        String errors = refusal(TIERS, "F12", "PROMISSING");
        assertTrue(errors.contains("mss-tiers.xlsx!F12: \"PROMISSING\" is not one of"), errors);
    }

    @Test
    void aMissingColumnIsRefused() throws Exception {
        String errors = refusal(CAPS, "D8", "basis(\"$param\")");
        assertTrue(errors.contains("caps.xlsx!A5: the table has no METADATA column legalBasis"), errors);
    }

    @Test
    void aRowWithoutItsLegalBasisIsRefused() throws Exception {
        String errors = refusal(CAPS, "D12", null);
        assertTrue(errors.contains("caps.xlsx!D12: legalBasis is required in every row"), errors);
    }

    @Test
    void rowsThatWouldBothFireAreRefused() throws Exception {
        // the capital-region row from 2024-08-30 turned into a second row for outside it
        String errors = refusal(CAPS, "B12", false);
        assertTrue(errors.contains("caps.xlsx!A12: rows 12 and 13 would both fire for the same case"), errors);
    }

    @Test
    void bandsWithAGapAreRefused() throws Exception {
        String errors = refusal(TIERS, "C12", 150000);
        assertTrue(errors.contains("mss-tiers.xlsx!C12: no row covers priorYearExportsUsd from 100000 to 150000"),
                errors);
    }

    @Test
    void overlappingBandsAreRefused() throws Exception {
        String errors = refusal(TIERS, "D11", 150000);
        assertTrue(errors.contains("mss-tiers.xlsx!A11: rows 11 and 12 would both fire"), errors);
    }

    @Test
    void aTablesRulesCarryTheirCellAndAnEditChangesTheRule() throws Exception {
        RulesCopy.of(dir);
        RuleSet before = EngineFixture.LOADER.load(dir, NOW);
        RuleMeta cap = before.domain("reshoring-subsidy").orElseThrow().rules().stream()
                .filter(r -> r.name().equals("cap from 2024-08-30: capital region")).findFirst().orElseThrow();
        assertEquals(CAPS, cap.file());
        assertEquals("caps.xlsx!A12", cap.cell());
        assertEquals(java.time.LocalDate.parse("2024-08-30"), cap.validFrom());

        Sheets.edit(dir, CAPS, "C12", 15_000_000_000L);
        RuleSet after = EngineFixture.LOADER.load(dir, NOW);
        RuleSetDiff diff = RuleSetDiff.between(before.files(), after.files());
        assertEquals(List.of(new RuleSetDiff.CellChange("C12", "20000000000", "15000000000")),
                diff.files().get(0).cells());
        assertTrue(diff.files().get(0).diff().contains("+12: cap from 2024-08-30: capital region | TRUE | 15000000000"),
                diff.files().get(0).diff());
        assertEquals(List.of(new RuleSetDiff.RuleChange("reshoring-subsidy", "cap from 2024-08-30: capital region",
                RuleSetDiff.Change.MODIFIED, List.of("then"))), diff.rules());
    }

    @Test
    void cellsTypedAsAPersonTypesThem() throws Exception {
        byte[] caps = Files.readAllBytes(Path.of("rules", CAPS));
        byte[] edited = DecisionSheet.withCells(caps, Map.of("C12", "15,000,000,000", "B12", "FALSE", "F12", "2024-09-01"));
        List<List<String>> cells = DecisionSheet.cells(new RuleFile(CAPS, edited));
        assertEquals(List.of("FALSE", "15000000000"), cells.get(11).subList(1, 3));
        assertEquals("2024-09-01", cells.get(11).get(5));
    }
}
