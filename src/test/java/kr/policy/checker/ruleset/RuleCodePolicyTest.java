package kr.policy.checker.ruleset;

import kr.policy.checker.engine.EngineFixture;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import kr.policy.checker.engine.RuleError;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Contract §14: rule code that names anything beyond what rules need is refused by file, line, rule and name, and
 * never runs. Each probe would create a marker file if it ran; none may.
 */
class RuleCodePolicyTest {
    private static final String DRL = "regulation-review/regulation-review.drl";
    private static final String CAPS = "reshoring-subsidy/caps.xlsx";
    private static final Instant NOW = Instant.parse("2026-01-01T00:00:00Z");
    private static final Path MARKER = Path.of(System.getProperty("java.io.tmpdir"), "rule-code-policy-marker");
    private static final String M = "\"" + MARKER.toString().replace("\\", "\\\\") + "\"";

    @TempDir
    Path dir;

    @AfterEach
    void noProbeRan() throws Exception {
        assertFalse(Files.exists(MARKER), "a refused rule ran: " + MARKER + " exists");
        Files.deleteIfExists(MARKER);
    }

    /** A rule of regulation-review whose consequence (or condition) is the probe's code. */
    private static String rule(String when, String then) {
        return "\nrule \"probe\"\n    @legalBasis(\"국가첨단전략산업법 제29조\") @source(\"advanced-industry-act\")"
                + " @message(\"convention.civil\")\nwhen\n    " + when + "\nthen\n    " + then + "\nend\n";
    }

    static Stream<Arguments> escapes() {
        String write = "java.nio.file.Files.writeString(java.nio.file.Path.of(" + M + "), \"x\");";
        return Stream.of(
                Arguments.of("a call in a consequence", "",
                        rule("RegulationReviewCase()", write), "java.nio.file.Files"),
                Arguments.of("an import of ProcessBuilder", "import java.lang.ProcessBuilder;\n",
                        rule("RegulationReviewCase()",
                                "new ProcessBuilder(\"touch\", " + M + ").start();"), "java.lang.ProcessBuilder"),
                Arguments.of("Class.forName inside eval", "",
                        rule("RegulationReviewCase() eval(Class.forName(\"java.io.File\") != null)", ""),
                        "java.lang.Class"),
                Arguments.of("new File(..).createNewFile() inside eval", "",
                        rule("RegulationReviewCase() eval(new java.io.File(" + M + ").createNewFile())", ""),
                        "java.io.File"),
                Arguments.of("a DRL function", "function void escape() { " + write + " }\n",
                        rule("RegulationReviewCase()", "escape();"), "java.nio.file.Files"),
                Arguments.of("System.exit", "", rule("RegulationReviewCase()", "System.exit(3);"),
                        "java.lang.System"),
                Arguments.of("Runtime", "", rule("RegulationReviewCase()",
                        "Runtime.getRuntime().exec(new String[] {\"touch\", " + M + "});"), "java.lang.Runtime"),
                Arguments.of("Thread", "", rule("RegulationReviewCase()",
                        "new Thread(() -> {}).start();"), "java.lang.Thread"),
                Arguments.of("reflection", "", rule("$c : RegulationReviewCase()",
                        "$c.getClass().getMethod(\"toString\").invoke($c);"), "getClass"),
                Arguments.of("java.net", "", rule("RegulationReviewCase()",
                        "new java.net.Socket(\"127.0.0.1\", 9);"), "java.net.Socket"),
                Arguments.of("System.getenv", "", rule("RegulationReviewCase()",
                        "String s = System.getenv(\"CHECKER_DB_PASSWORD\");"), "java.lang.System"),
                Arguments.of("System.getProperty", "", rule("RegulationReviewCase()",
                        "String s = System.getProperty(\"user.home\");"), "java.lang.System"),
                Arguments.of("a class literal", "", rule("RegulationReviewCase()",
                        "Object o = String.class;"), "class literal"),
                Arguments.of("the engine's session", "", rule("RegulationReviewCase()",
                        "drools.getKieRuntime().halt();"), "drools"),
                Arguments.of("the clock", "", rule("RegulationReviewCase()",
                        "java.time.LocalDate d = java.time.LocalDate.now();"), "now"),
                Arguments.of("an import on demand of java.io", "import java.io.*;\n",
                        rule("RegulationReviewCase()", ""), "import java.io.*"),
                Arguments.of("the MVEL dialect", "", rule("RegulationReviewCase()", "")
                        .replace("when", "    dialect \"mvel\"\nwhen"), "dialect"),
                Arguments.of("code in metadata", "", rule("RegulationReviewCase()", "")
                        .replace("@message(\"convention.civil\")",
                                "@message(\"convention.civil\") @note(java.lang.System.exit(3))"), "@note"),
                Arguments.of("a static import of exit", "import function java.lang.System.exit;\n",
                        rule("RegulationReviewCase()", "exit(3);"), "java.lang.System"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("escapes")
    void everyEscapeIsRefusedByFileLineAndRuleAndNeverRuns(String probe, String head, String body, String named)
            throws Exception {
        RulesCopy.of(dir);
        Path drl = dir.resolve(DRL);
        String text = Files.readString(drl);
        int global = text.indexOf("global ");
        Files.writeString(drl, text.substring(0, global) + head + text.substring(global) + body);

        RuleSetLoadException e = assertThrows(RuleSetLoadException.class,
                () -> EngineFixture.LOADER.load(dir, NOW));
        List<RuleError> errors = e.errors();
        assertTrue(errors.stream().allMatch(r -> r.file().equals(DRL) && r.line() != null && r.line() > 0),
                errors.toString());
        assertTrue(errors.stream().anyMatch(r -> r.message().contains(named)), probe + ": " + errors);
        int firstLine = Files.readString(drl).split("\n", -1).length - body.split("\n", -1).length;
        if (head.isEmpty()) {
            assertTrue(errors.stream().allMatch(r -> r.line() > firstLine && r.message().contains("rule \"probe\"")),
                    probe + ": refused inside the probe rule, by its line: " + errors);
        }
    }

    @Test
    void aRefusedRuleNamesItsLine() throws Exception {
        RulesCopy.of(dir);
        Path drl = dir.resolve(DRL);
        Files.writeString(drl, Files.readString(drl)
                + rule("RegulationReviewCase()", "int days = 1;\n    System.exit(3);"));
        RuleSetLoadException e = assertThrows(RuleSetLoadException.class,
                () -> EngineFixture.LOADER.load(dir, NOW));
        List<String> lines = Files.readAllLines(drl);
        int exit = lines.indexOf("    System.exit(3);") + 1;
        assertTrue(e.errors().stream().allMatch(r -> r.line() == exit), e.errors() + " should be at line " + exit);
        assertTrue(e.getMessage().contains(DRL + ":" + exit + ": rule \"probe\": the type java.lang.System"),
                e.getMessage());
    }

    @Test
    void codeInASpreadsheetActionCellIsRefusedByItsCell() throws Exception {
        RulesCopy.of(dir);
        Sheets.edit(dir, CAPS, "C8", "modify($r) { setCapKrw($param) }; java.nio.file.Files.writeString("
                + "java.nio.file.Path.of(" + M + "), \"x\");");
        RuleSetLoadException e = assertThrows(RuleSetLoadException.class,
                () -> EngineFixture.LOADER.load(dir, NOW));
        assertTrue(e.errors().stream().allMatch(r -> r.file().equals(CAPS)), e.errors().toString());
        assertTrue(e.errors().stream().anyMatch(r -> r.message().matches("caps\\.xlsx!A\\d+: rule \".*\": "
                + "the type java\\.nio\\.file\\.Files is not allowed in rules.*")), e.errors().toString());
    }

    @Test
    void whatRulesNeedStillLoads() throws Exception {
        RulesCopy.of(dir);
        Path drl = dir.resolve(DRL);
        Files.writeString(drl, Files.readString(drl) + rule("$c : RegulationReviewCase(startDate != null)",
                "java.util.List<java.math.BigDecimal> xs = new java.util.ArrayList<>();\n"
                        + "    xs.add(java.math.BigDecimal.ONE.max(new java.math.BigDecimal(Math.max(1, 2))));\n"
                        + "    java.time.LocalDate d = $c.startDate().plusDays(xs.size());\n"
                        + "    String s = String.valueOf(d.getYear()) + Integer.toString(3);"));
        assertEquals(EngineFixture.RULES.domains().size(), EngineFixture.LOADER.load(dir, NOW).domains().size());
    }
}
