package kr.policy.checker.ruleset;

import kr.policy.checker.engine.EngineFixture;
import kr.policy.checker.engine.DomainRules;
import kr.policy.checker.engine.Evaluation;
import kr.policy.checker.engine.Evaluator;
import kr.policy.checker.engine.RuleSet;
import kr.policy.checker.text.Language;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import kr.policy.checker.domain.Domains;
import kr.policy.checker.examples.Example;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The compiled-rule cache is never trusted blindly: a start from it answers every example exactly as the start that
 * compiled, and a damaged entry, an entry of another build or a changed rule file is compiled again.
 */
class CompiledRuleCacheTest {
    private static final Instant NOW = Instant.parse("2026-01-01T00:00:00Z");
    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .disable(com.fasterxml.jackson.databind.SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    @TempDir
    Path cacheDir;

    @TempDir
    Path rules;

    private RuleSet load(String build) throws RuleSetLoadException {
        return new RuleSetLoader(Domains.all(), CompiledRuleCache.in(cacheDir, build, 64)).load(rules, NOW);
    }

    /** Loads and returns how many domains had to be compiled for it. */
    private long compilationsFor(String build) throws RuleSetLoadException {
        long before = DrlCompiler.compilations();
        load(build);
        return DrlCompiler.compilations() - before;
    }

    @Test
    void aWarmStartAnswersEveryExampleExactlyAsTheColdOne() throws Exception {
        RulesCopy.of(rules);
        long before = DrlCompiler.compilations();
        RuleSet cold = load("build 1");
        assertEquals(Domains.all().size(), DrlCompiler.compilations() - before, "a cold start compiles every domain");
        assertEquals(Domains.all().size(), entries().size());
        assertEquals(tables(), tableEntries().size(), "each decision table's DRL is kept");
        before = DrlCompiler.compilations();
        long tablesBefore = DecisionTable.compilations();
        RuleSet warm = load("build 1");
        assertEquals(0, DrlCompiler.compilations() - before, "a warm start compiles nothing");
        assertEquals(0, DecisionTable.compilations() - tablesBefore, "and reads no spreadsheet");
        assertEquals(cold.version(), warm.version());
        List<String> coldAnswers = answers(cold);
        assertTrue(coldAnswers.size() > 80, "examples judged: " + coldAnswers.size());
        assertEquals(coldAnswers, answers(warm));
        for (DomainRules d : cold.domains()) {
            assertEquals(List.copyOf(d.rules()), List.copyOf(warm.domain(d.domain()).orElseThrow().rules()),
                    "rule metadata of " + d.domain());
        }
    }

    @Test
    void aDamagedEntryIsCompiledAgainAndReplaced() throws Exception {
        RulesCopy.of(rules);
        RuleSet first = load("build 1");
        Path entry = entries().get(0);
        byte[] bytes = Files.readAllBytes(entry);
        bytes[bytes.length / 2] ^= 0x5a;
        Files.write(entry, bytes);
        assertEquals(1, compilationsFor("build 1"), "only the damaged domain is compiled");
        assertEquals(0, compilationsFor("build 1"), "and its new entry is intact");
        assertEquals(answers(first), answers(load("build 1")));
    }

    @Test
    void aDamagedTableEntryIsReadFromItsSpreadsheetAgain() throws Exception {
        RulesCopy.of(rules);
        RuleSet first = load("build 1");
        Path entry = tableEntries().get(0);
        byte[] bytes = Files.readAllBytes(entry);
        bytes[bytes.length / 2] ^= 0x5a;
        Files.write(entry, bytes);
        long before = DecisionTable.compilations();
        assertEquals(answers(first), answers(load("build 1")));
        assertEquals(1, DecisionTable.compilations() - before, "the damaged table only");
        before = DecisionTable.compilations();
        load("build 1");
        assertEquals(0, DecisionTable.compilations() - before, "and its new entry is intact");
    }

    @Test
    void aChangedCellIsNeverServedFromTheCache() throws Exception {
        RulesCopy.of(rules);
        RuleSet before = load("build 1");
        Path caps = rules.resolve("reshoring-subsidy/caps.xlsx");
        Files.write(caps, DecisionSheet.withCells(Files.readAllBytes(caps), java.util.Map.of("C12", "15000000000")));
        long tablesBefore = DecisionTable.compilations();
        assertEquals(1, compilationsFor("build 1"), "the edited domain only");
        assertEquals(1, DecisionTable.compilations() - tablesBefore, "the edited table only");
        RuleSet after = load("build 1");
        assertNotEquals(before.version(), after.version());
        assertNotEquals(answers(before), answers(after), "the capital-region cap moved");
    }

    @Test
    void anIntactEntryThatDoesNotLoadIsCompiledAgain() throws Exception {
        RulesCopy.of(rules);
        load("build 1");
        Path entry = entries().get(0);
        byte[] notAJar = "not a jar at all".getBytes();
        byte[] digest = MessageDigest.getInstance("SHA-256").digest(notAJar);
        byte[] stored = new byte[digest.length + notAJar.length];
        System.arraycopy(digest, 0, stored, 0, digest.length);
        System.arraycopy(notAJar, 0, stored, digest.length, notAJar.length);
        Files.write(entry, stored);
        assertEquals(1, compilationsFor("build 1"));
        assertEquals(0, compilationsFor("build 1"));
    }

    @Test
    void anotherBuildOfTheApplicationDoesNotUseTheEntries() throws Exception {
        RulesCopy.of(rules);
        load("build 1");
        assertEquals(Domains.all().size(), compilationsFor("build 2"), "fact classes of another build may differ");
        assertEquals(0, compilationsFor("build 1"));
    }

    @Test
    void aChangedRuleFileIsNeverServedFromTheCache() throws Exception {
        RulesCopy.of(rules);
        RuleSet before = load("build 1");
        RulesCopy.edit(rules, "permit-timeout/permit-timeout.drl",
                "periods.expiry($c.requestDate(), 60, $r.getConvention())",
                "periods.expiry($c.requestDate(), 61, $r.getConvention())");
        assertEquals(1, compilationsFor("build 1"), "the edited domain only");
        RuleSet after = load("build 1");
        assertNotEquals(before.version(), after.version());
        Example deemed = Example.all().stream().filter(e -> e.name().startsWith("01-deemed-processed")).findFirst()
                .orElseThrow();
        assertEquals("2024-05-03", expiry(before, deemed));
        // day 61 is Saturday 2024-05-04; the weekend, 어린이날 and its substitute day move it to Tuesday
        assertEquals("2024-05-07", expiry(after, deemed));
    }

    @Test
    void theCacheKeepsTheMostRecentEntriesWithinItsLimit() throws Exception {
        RulesCopy.of(rules);
        new RuleSetLoader(Domains.all(), CompiledRuleCache.in(cacheDir, "build 1", 2)).load(rules, NOW);
        assertEquals(2, entries().size());
    }

    private String expiry(RuleSet set, Example example) throws Exception {
        DomainRules rules = set.domain(example.domain()).orElseThrow();
        Object input = JSON.treeToValue(example.input(), rules.spec().caseType());
        Evaluation e = new Evaluator().evaluate(set, rules, input,
                EngineFixture.judgedOn(rules, input, LocalDate.parse("2024-05-10")));
        return JSON.valueToTree(e.result()).get("timeoutExpiryDate").asText();
    }

    /** Every example as the engine answers it: outcome, result fields, explanation, missing facts, hints, refusals. */
    private static List<String> answers(RuleSet set) throws Exception {
        List<String> out = new ArrayList<>();
        for (Example example : Example.all()) {
            DomainRules rules = set.domain(example.domain()).orElseThrow();
            Object input;
            try {
                input = JSON.treeToValue(example.input(), rules.spec().caseType());
            } catch (Exception refusedBeforeTheRules) {
                continue;
            }
            Evaluation e = new Evaluator().evaluate(set, rules, input,
                EngineFixture.judgedOn(rules, input, LocalDate.parse("2024-05-10")));
            List<String> violations = e.violations().stream()
                    .map(v -> v.field() + ": " + e.message(v, Language.KO)).toList();
            out.add(example + " " + violations + " " + e.result().getOutcome() + " "
                    + JSON.writeValueAsString(e.result()) + " " + JSON.writeValueAsString(e.explain(Language.KO))
                    + " " + e.missingFacts() + " " + JSON.writeValueAsString(e.hints(Language.EN)));
        }
        return out;
    }

    /** The compiled rule bases. */
    private List<Path> entries() throws IOException {
        return files(".kjar");
    }

    /** The DRL generated from decision tables. */
    private List<Path> tableEntries() throws IOException {
        return files(".table.drl");
    }

    private List<Path> files(String suffix) throws IOException {
        try (Stream<Path> files = Files.list(cacheDir)) {
            return files.filter(p -> p.getFileName().toString().endsWith(suffix)).sorted().toList();
        }
    }

    private long tables() throws IOException {
        try (Stream<Path> files = Files.walk(rules)) {
            return files.filter(p -> p.toString().endsWith(".xlsx")).count();
        }
    }
}
