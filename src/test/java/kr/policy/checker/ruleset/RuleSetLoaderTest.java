package kr.policy.checker.ruleset;

import kr.policy.checker.engine.EngineFixture;
import kr.policy.checker.engine.Evaluation;
import kr.policy.checker.engine.RuleError;
import kr.policy.checker.engine.Evaluator;
import kr.policy.checker.engine.RuleSet;
import kr.policy.checker.text.Language;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import kr.policy.checker.domain.Domains;
import kr.policy.checker.domain.permittimeout.Channel;
import kr.policy.checker.domain.permittimeout.PermitTimeoutCase;
import kr.policy.checker.domain.permittimeout.PermitTimeoutOutcome;
import kr.policy.checker.domain.permittimeout.PermitType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Loading the rules directory: versions, compile errors with file and line, metadata checks, validity periods. */
class RuleSetLoaderTest {
    private static final String DRL = "permit-timeout/permit-timeout.drl";
    private static final Instant NOW = Instant.parse("2026-01-01T00:00:00Z");

    @TempDir
    Path dir;

    private RuleSet load() throws RuleSetLoadException {
        return EngineFixture.LOADER.load(dir, NOW);
    }

    private RuleSetLoadException failure() {
        return assertThrows(RuleSetLoadException.class, this::load);
    }

    @Test
    void theProjectRulesLoadWithADeterministicVersion() throws Exception {
        RulesCopy.of(dir);
        RuleSet a = load();
        RuleSet b = load();
        assertTrue(a.version().matches("sha256:[0-9a-f]{64}"), a.version());
        assertEquals(a.version(), b.version());
        assertEquals(EngineFixture.RULES.version(), a.version(), "the version depends on content, not location");
        assertEquals(Domains.all().size(), a.domains().size());
        a.domains().forEach(d -> d.rules().forEach(r -> {
            assertNotNull(r.legalBasis());
            // a DRL rule by its line, a decision table's by the cell of its row
            assertTrue(r.line() != null && r.line() > 0 || r.file().endsWith(".xlsx") && r.cell() != null
                    && r.cell().matches(".+\\.xlsx![A-Z]+[0-9]+"), r.toString());
        }));
    }

    @Test
    void anyChangedFileChangesTheVersion() throws Exception {
        RulesCopy.of(dir);
        String before = load().version();
        RulesCopy.edit(dir, "regulation-review/messages_en.properties", "# Regulation", "# The regulation");
        assertNotEquals(before, load().version());
    }

    @Test
    void aSyntaxErrorNamesFileAndLine() throws Exception {
        RulesCopy.of(dir);
        RulesCopy.edit(dir, DRL, "PermitTimeoutCase(extensionDays > 15)", "PermitTimeoutCase(extensionDays > > 15)");
        RuleSetLoadException e = failure();
        RuleError error = e.errors().get(0);
        assertEquals(DRL, error.file());
        assertNotNull(error.line());
        assertEquals(lineOf(DRL, "extensionDays > > 15"), error.line().intValue());
        assertTrue(e.getMessage().contains(DRL + ":" + error.line() + ": "), e.getMessage());
    }

    @Test
    void aRuleWithoutLegalBasisIsRefused() throws Exception {
        RulesCopy.of(dir);
        RulesCopy.edit(dir, DRL, "@legalBasis(\"{channel:basis}제5항\") @source(\"{channel:source}\") @validFrom(\"2023-07-01\") @message(\"period.timeout\")",
                "@validFrom(\"2023-07-01\") @message(\"period.timeout\")");
        RuleError error = failure().errors().get(0);
        assertEquals(DRL, error.file());
        assertEquals(lineOf(DRL, "rule \"time-out period\""), error.line().intValue());
        assertTrue(error.message().contains("@legalBasis"), error.message());
    }

    @Test
    void aLegalBasisNamingAnAspectNotWordedForEveryValueIsRefused() throws Exception {
        RulesCopy.of(dir);
        RulesCopy.edit(dir, DRL, "@legalBasis(\"{channel:basis}제5항\") @source(\"{channel:source}\") @validFrom(\"2023-07-01\") @message(\"period.timeout\")",
                "@legalBasis(\"{channel:article}제5항\") @source(\"{channel:source}\") @validFrom(\"2023-07-01\") @message(\"period.timeout\")");
        RuleError error = failure().errors().get(0);
        assertEquals(lineOf(DRL, "rule \"time-out period\""), error.line().intValue());
        assertTrue(error.message().contains("article.Channel.SPECIAL_COMPLEX"), error.message());
    }

    @Test
    void aMessageNamingAnAspectOfAFieldThatIsNoChoiceIsRefused() throws Exception {
        RulesCopy.of(dir);
        RulesCopy.edit(dir, "permit-timeout/messages_en.properties", "countdown=", "countdown={requestDate:basis} ");
        RuleError error = failure().errors().get(0);
        assertTrue(error.message().contains("{requestDate:basis}") && error.message().contains("not a choice"),
                error.message());
    }

    @Test
    void theArticleACaseIsDecidedUnderFollowsItsChannel() {
        RuleSet set = EngineFixture.RULES;
        LocalDate r = LocalDate.parse("2026-09-01");
        for (Channel channel : List.of(Channel.SPECIAL_COMPLEX, Channel.SEMICONDUCTOR_CLUSTER_SITE)) {
            PermitTimeoutCase c = new PermitTimeoutCase(channel, PermitType.INDUSTRIAL_SITE, null, r, 0, null, 0, null,
                    null, null, r.plusDays(90));
            Evaluation e = new Evaluator().evaluate(set, set.domain("permit-timeout").orElseThrow(), c, c.asOf());
            String basis = e.explain(Language.EN).entries().stream().filter(x -> x.rule().equals("time-out period"))
                    .findFirst().orElseThrow().legalBasis();
            assertEquals(channel == Channel.SPECIAL_COMPLEX ? "국가첨단전략산업법 제19조제5항" : "반도체특별법 제27조제5항",
                    basis, "a citation is Korean in an English answer too");
        }
    }

    @Test
    void aMisspelledMetadataKeyIsRefused() throws Exception {
        RulesCopy.of(dir);
        RulesCopy.edit(dir, DRL, "@validFrom(\"2023-07-01\") @message(\"period.timeout\")",
                "@validfrom(\"2023-07-01\") @message(\"period.timeout\")");
        assertTrue(failure().errors().get(0).message().contains("unknown metadata @validfrom"));
    }

    @Test
    void aMessagePlaceholderMustNameAField() throws Exception {
        RulesCopy.of(dir);
        RulesCopy.edit(dir, "permit-timeout/messages_en.properties", "{deemedProcessedDate}.", "{deemedDate}.");
        RuleError error = failure().errors().get(0);
        assertTrue(error.message().contains("{deemedDate}"), error.message());
    }

    @Test
    void aMessageMissingInOneLanguageIsRefused() throws Exception {
        RulesCopy.of(dir);
        RulesCopy.edit(dir, "permit-timeout/messages_ko.properties", "countdown=", "countdown_=");
        assertTrue(failure().errors().get(0).message().contains("messages_ko.properties"));
    }

    @Test
    void aPageWordMissingInOneLanguageIsRefused() throws Exception {
        RulesCopy.of(dir);
        RulesCopy.edit(dir, "export-voucher/messages_en.properties", "page.help.sector=", "page.hlep.sector=");
        RuleError error = failure().errors().get(0);
        assertEquals("export-voucher/messages_en.properties", error.file());
        assertTrue(error.message().contains("page.help.sector"), error.message());
    }

    @Test
    void badValidityDatesAreRefused() throws Exception {
        RulesCopy.of(dir);
        RulesCopy.edit(dir, DRL, "@validFrom(\"2023-07-01\") @message(\"period.timeout\")",
                "@validFrom(\"2023-07-01\") @validTo(\"2023-06-30\") @message(\"period.timeout\")");
        assertTrue(failure().errors().get(0).message().contains("@validTo is before @validFrom"));
    }

    @Test
    void aValidationRuleMustNameARealField() throws Exception {
        RulesCopy.of(dir);
        RulesCopy.edit(dir, DRL, "@field(\"extensionDays\")", "@field(\"extension\")");
        assertTrue(failure().errors().get(0).message().contains("@field"));
    }

    @Test
    void anUnknownDomainFolderIsRefused() throws Exception {
        RulesCopy.of(dir);
        Files.createDirectories(dir.resolve("tax-credit"));
        Files.writeString(dir.resolve("tax-credit/x.drl"), "package rules.x;\n");
        RuleSetLoadException e = failure();
        assertEquals("tax-credit", e.errors().get(0).file());
    }

    @Test
    void aMissingDomainFolderIsRefused() throws Exception {
        RulesCopy.of(dir);
        try (var files = Files.walk(dir.resolve("export-voucher"))) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
        RuleSetLoadException e = failure();
        assertEquals("export-voucher", e.errors().get(0).file());
    }

    @Test
    void aBrokenHolidayFileNamesItsLine() throws Exception {
        RulesCopy.of(dir);
        RulesCopy.edit(dir, "calendar/holidays.yaml", "    fixed: {month: 1, day: 1}", "    fixd: {month: 1, day: 1}");
        RuleError error = failure().errors().get(0);
        assertEquals("calendar/holidays.yaml", error.file());
        assertEquals(lineOf("calendar/holidays.yaml", "fixd:"), error.line().intValue());
    }

    @Test
    void aMissingDirectoryIsRefused() {
        RuleSetLoadException e = assertThrows(RuleSetLoadException.class,
                () -> EngineFixture.LOADER.load(dir.resolve("nowhere"), NOW));
        assertTrue(e.getMessage().contains("checker.rules.dir"));
    }

    @Test
    void theEngineHonoursValidityAgainstTheCaseLegalDate() throws Exception {
        RulesCopy.of(dir);
        RulesCopy.edit(dir, DRL, "@legalBasis(\"국가첨단전략산업법 제19조제1항·제5항\") @source(\"advanced-industry-act\") @validFrom(\"2023-07-01\")",
                "@legalBasis(\"국가첨단전략산업법 제19조제1항·제5항\") @source(\"advanced-industry-act\") @validFrom(\"2023-07-01\") @validTo(\"2024-08-29\")");
        RuleSet set = load();
        assertEquals(PermitTimeoutOutcome.PENDING, outcome(set, "2024-08-29"), "last day in force");
        assertEquals(PermitTimeoutOutcome.NOT_COVERED, outcome(set, "2024-08-30"), "first day out of force");
        assertEquals(PermitTimeoutOutcome.NOT_COVERED, outcome(set, "2023-06-30"), "before the time-out existed");
    }

    @Test
    void anEvaluationFinishesOnTheSetItStartedWith() throws Exception {
        RulesCopy.of(dir);
        RuleSetRegistry registry = new RuleSetRegistry(EngineFixture.LOADER, dir, () -> NOW);
        RuleSet started = registry.reload();
        RulesCopy.edit(dir, DRL, "periods.expiry($c.requestDate(), 60,", "periods.expiry($c.requestDate(), 90,");
        RuleSet next = registry.reload();
        assertNotEquals(started.version(), next.version());
        Evaluation old = evaluate(started, "2024-03-04");
        Evaluation fresh = evaluate(next, "2024-03-04");
        assertEquals(started.version(), old.ruleSetVersion());
        assertEquals("2024-05-04", ((kr.policy.checker.domain.permittimeout.PermitTimeoutResult) old.result())
                .getDeemedProcessedDate().toString());
        assertEquals("2024-06-04", ((kr.policy.checker.domain.permittimeout.PermitTimeoutResult) fresh.result())
                .getDeemedProcessedDate().toString());
        assertEquals(next, registry.current());
    }

    @Test
    void aFailedReloadKeepsThePreviousSet() throws Exception {
        RulesCopy.of(dir);
        RuleSetRegistry registry = new RuleSetRegistry(EngineFixture.LOADER, dir, () -> NOW);
        RuleSet good = registry.reload();
        RulesCopy.edit(dir, DRL, "rule \"deemed processed\"", "rule \"deemed processed\" garbage");
        assertThrows(RuleSetLoadException.class, registry::reload);
        assertEquals(good, registry.current());
    }

    private PermitTimeoutOutcome outcome(RuleSet set, String requestDate) {
        return (PermitTimeoutOutcome) evaluate(set, requestDate).result().getOutcome();
    }

    private static Evaluation evaluate(RuleSet set, String requestDate) {
        LocalDate r = LocalDate.parse(requestDate);
        PermitTimeoutCase c = new PermitTimeoutCase(Channel.SPECIAL_COMPLEX, PermitType.INDUSTRIAL_SITE, null, r, 0,
                null, 0, null, null, null, r.plusDays(1));
        return new Evaluator().evaluate(set, set.domain("permit-timeout").orElseThrow(), c, c.asOf());
    }

    private int lineOf(String file, String text) throws IOException {
        var lines = Files.readAllLines(dir.resolve(file));
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(text)) {
                return i + 1;
            }
        }
        throw new AssertionError(text + " not in " + file);
    }
}
