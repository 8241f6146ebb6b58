package kr.policy.checker.engine;

import kr.policy.checker.ruleset.RuleSetLoadException;
import kr.policy.checker.ruleset.RulesCopy;
import kr.policy.checker.text.Language;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import kr.policy.checker.domain.permittimeout.Channel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The register of legal sources (rules/sources.yaml) and each domain's horizon (horizon.yaml), contract §13.4–§13.5:
 * every rule names a source the register holds, every entry is complete, and a problem is refused by file and line.
 */
class LegalSourcesTest {
    private static final String DRL = "permit-timeout/permit-timeout.drl";
    private static final String REGISTER = "sources.yaml";
    private static final Instant NOW = Instant.parse("2026-12-05T00:00:00Z");

    @TempDir
    Path dir;

    private RuleSetLoadException failure() {
        return assertThrows(RuleSetLoadException.class, () -> EngineFixture.LOADER.load(dir, NOW));
    }

    private static int lineOf(Path file, String text) throws Exception {
        List<String> lines = Files.readAllLines(file);
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(text)) {
                return i + 1;
            }
        }
        throw new AssertionError(text + " not in " + file);
    }

    @Test
    void everyRuleOfTheProjectNamesARegisteredSourceAndEveryEntryIsComplete() {
        RuleSet set = EngineFixture.RULES;
        Set<String> ids = set.sources().all().stream().map(LegalSource::id).collect(Collectors.toSet());
        for (String required : List.of("advanced-industry-act", "advanced-industry-decree", "semiconductor-act",
                "semiconductor-decree", "reshoring-act", "reshoring-notice", "voucher-mss-announcement",
                "voucher-motie-announcement", "tax-special-act", "tax-special-decree", "public-holidays-regulation",
                "civil-act", "administrative-basic-act", "civil-petitions-act", "government-organization-act",
                "heritage-impact-act", "buried-heritage-act")) {
            assertTrue(ids.contains(required), required + " is in the register");
        }
        set.sources().all().forEach(s -> {
            assertTrue(s.url().startsWith("https://"), s.toString());
            assertFalse(s.number().isBlank(), s.toString());
            assertNotNull(s.checkedOn());
        });
        set.domains().forEach(d -> d.rules().forEach(r -> {
            assertNotNull(r.source(), r.name());
            List<String> named = r.sourceTemplate() == null ? List.of(r.source()) : r.sourceChoices();
            assertFalse(named.isEmpty(), r.name());
            named.forEach(id -> assertTrue(ids.contains(id), r.name() + " names " + id));
        }));
    }

    @Test
    void aSourceNotComparedForOverAYearIsFlagged() {
        LegalSource s = EngineFixture.RULES.sources().get("civil-act");
        assertFalse(s.checkedLongAgo(s.checkedOn().plusYears(1)));
        assertTrue(s.checkedLongAgo(s.checkedOn().plusYears(1).plusDays(1)));
    }

    @Test
    void aDecisionTableRowCarriesItsSource() {
        RuleMeta cap = EngineFixture.RULES.domain("reshoring-subsidy").orElseThrow().rules().stream()
                .filter(r -> r.cell() != null).findFirst().orElseThrow();
        assertEquals("reshoring-notice", cap.source(), cap.toString());
    }

    @Test
    void aChoiceNamesItsOwnStatutesSource() {
        RuleMeta period = EngineFixture.RULES.domain("permit-timeout").orElseThrow().rules().stream()
                .filter(r -> r.sourceTemplate() != null).findFirst().orElseThrow();
        assertEquals("{channel:source}", period.source());
        assertEquals(Set.of("advanced-industry-act", "semiconductor-act"), Set.copyOf(period.sourceChoices()));
        assertEquals(Channel.values().length, 5, "a new channel needs its source.Channel message");
    }

    @Test
    void aRuleWithoutASourceIsRefusedByFileAndLine() throws Exception {
        RulesCopy.of(dir);
        String basis = "@legalBasis(\"행정기본법 제6조제1항, 민법 제157조·제159조·제161조\") @source(\"administrative-basic-act\")";
        int line = lineOf(dir.resolve(DRL), basis);
        RulesCopy.edit(dir, DRL, basis, "@legalBasis(\"행정기본법 제6조제1항, 민법 제157조·제159조·제161조\")");
        RuleError error = failure().errors().get(0);
        assertEquals(DRL, error.file());
        assertTrue(error.line() != null && Math.abs(error.line() - line) <= 1, error.toString());
        assertTrue(error.message().contains("@source is required"), error.message());
    }

    @Test
    void aRuleNamingAnUnknownSourceIsRefused() throws Exception {
        RulesCopy.of(dir);
        RulesCopy.edit(dir, DRL, "@source(\"administrative-basic-act\")", "@source(\"administrative-basics-act\")");
        RuleError error = failure().errors().get(0);
        assertEquals(DRL, error.file());
        assertNotNull(error.line());
        assertTrue(error.message().contains("administrative-basics-act, which is not in sources.yaml"),
                error.message());
    }

    @Test
    void aChoiceWhoseValueNamesAnUnknownSourceIsRefused() throws Exception {
        RulesCopy.of(dir);
        RulesCopy.edit(dir, "permit-timeout/messages_ko.properties",
                "source.Channel.LEAD_PROJECT=advanced-industry-act", "source.Channel.LEAD_PROJECT=lead-project-act");
        RuleSetLoadException e = failure();
        assertTrue(e.errors().stream().anyMatch(x -> x.message().contains("lead-project-act")), e.errors().toString());
    }

    @Test
    void aRegisterEntryMissingItsNumberIsRefusedAtItsLine() throws Exception {
        RulesCopy.of(dir);
        Path register = dir.resolve(REGISTER);
        String number = Files.readAllLines(register).stream().filter(l -> l.strip().startsWith("number:"))
                .findFirst().orElseThrow();
        int entry = lineOf(register, "- id: ");
        RulesCopy.edit(dir, REGISTER, number + "\n", "");
        RuleError error = failure().errors().get(0);
        assertEquals(REGISTER, error.file());
        assertEquals(entry, error.line(), error.toString());
        assertTrue(error.message().contains("number is required"), error.message());
    }

    @Test
    void aDateThatIsNotADateAndADuplicateIdAreRefusedByLine() throws Exception {
        RulesCopy.of(dir);
        Path register = dir.resolve(REGISTER);
        String effective = Files.readAllLines(register).stream().filter(l -> l.strip().startsWith("effective:"))
                .findFirst().orElseThrow();
        RulesCopy.edit(dir, REGISTER, effective, effective.replaceFirst("effective:.*", "effective: 2024-02-30"));
        Files.writeString(register, Files.readString(register) + """
                  - id: civil-act
                    title: 민법
                    kind: 법률
                    number: 법률 제1호
                    promulgated: 1958-02-22
                    effective: 1960-01-01
                    checkedOn: 2026-12-05
                    url: https://www.law.go.kr/법령/민법
                """);
        List<RuleError> errors = failure().errors();
        assertTrue(errors.stream().anyMatch(e -> e.message().contains("effective must be a date like")
                && e.line() != null), errors.toString());
        int duplicate = Files.readAllLines(register).size() - 7;
        assertTrue(errors.stream().anyMatch(e -> e.message().contains("civil-act is also used at line")
                && e.line() == duplicate), errors.toString());
    }

    @Test
    void anUnknownFieldOrAMissingRegisterIsRefused() throws Exception {
        RulesCopy.of(dir);
        RulesCopy.edit(dir, REGISTER, "    checkedOn:", "    checked: 2026-12-05\n    checkedOn:");
        RuleError unknown = failure().errors().get(0);
        assertEquals(REGISTER, unknown.file());
        assertTrue(unknown.message().contains("checked"), unknown.message());
        Files.delete(dir.resolve(REGISTER));
        assertTrue(failure().errors().stream().anyMatch(e -> e.message().contains("register of legal sources is missing")));
    }

    @Test
    void eachDomainDeclaresItsHorizonInItsFolder() throws Exception {
        RuleSet set = EngineFixture.RULES;
        assertEquals(LocalDate.parse("2026-12-31"),
                set.domain("investment-tax-credit").orElseThrow().horizon().encodedUntil());
        // the day-counting domains reach as far as the holiday calendar
        assertEquals(set.calendar().coveredTo(), set.domain("permit-timeout").orElseThrow().horizon().encodedUntil());
        assertEquals(set.calendar().coveredTo(),
                set.domain("regulation-review").orElseThrow().horizon().encodedUntil());

        RulesCopy.of(dir);
        RulesCopy.edit(dir, "permit-timeout/horizon.yaml", "encodedUntil: 2030-12-31", "encodedUntil: 2031-06-30");
        RuleError beyond = failure().errors().get(0);
        assertEquals("permit-timeout/horizon.yaml", beyond.file());
        assertTrue(beyond.message().contains("after the end of the holiday calendar"), beyond.message());

        Files.delete(dir.resolve("permit-timeout/horizon.yaml"));
        assertTrue(failure().errors().stream().anyMatch(e -> e.file().equals("permit-timeout/horizon.yaml")
                && e.message().startsWith("missing")));
    }

    @Test
    void anAnswerNamesEachSourceOfItsFiredRulesOnce() {
        RuleSet set = EngineFixture.RULES;
        DomainRules rules = set.domain("investment-tax-credit").orElseThrow();
        Evaluation e = new Evaluator().evaluate(set, rules, new kr.policy.checker.domain.taxcredit.TaxCreditCase(
                2024, kr.policy.checker.domain.taxcredit.CompanySize.SME, null, List.of(), null, null, null),
                LocalDate.parse("2024-05-10"));
        Explanation explained = e.explain(Language.KO);
        assertFalse(explained.entries().isEmpty());
        assertEquals(List.of("tax-special-act"), explained.sources().stream().map(LegalSource::id).toList());
        explained.entries().forEach(x -> assertEquals("tax-special-act", x.source()));
    }

    private static final String ENTRY = """
            sources:
              - id: some-rule
                title: 시행규칙
                kind: 부령
                number: 부령 제5호
                promulgated: 2026-01-08
                effective: 2026-01-08
                checkedOn: 2026-12-05
                url: https://www.law.go.kr/법령/x
                versions:
            """;

    @Test
    void anAnswerDateReadsTheVersionInForceThen() {
        List<RuleError> errors = new java.util.ArrayList<>();
        LegalSourceRegister register = LegalSourceRegister.parse(ENTRY + """
                      - number: 부령 (번호 미확인)
                        until: 2024-12-18
                      - number: 부령 제1호
                        promulgated: 2025-10-01
                        effective: 2025-10-01
                        until: 2026-01-07
                """, errors);
        assertEquals(List.of(), errors);
        LegalSource source = register.get("some-rule");
        assertEquals("부령 제5호", source.inForceOn(LocalDate.parse("2026-01-08")).number());
        assertEquals(null, source.inForceOn(LocalDate.parse("2026-01-08")).until());
        LegalSource former = source.inForceOn(LocalDate.parse("2026-01-07"));
        assertEquals("부령 제1호", former.number());
        assertEquals(LocalDate.parse("2025-10-01"), former.effective());
        assertEquals(LocalDate.parse("2026-01-07"), former.until());
        LegalSource oldest = source.inForceOn(LocalDate.parse("2024-01-02"));
        assertEquals("부령 (번호 미확인)", oldest.number());
        assertEquals(null, oldest.effective(), "a start the register does not know is not made up");
        assertEquals("부령 제5호", source.inForceOn(null).number());
    }

    @Test
    void versionsOutOfOrderOrOverlappingTheEntryAreRefusedByLine() {
        List<RuleError> errors = new java.util.ArrayList<>();
        assertEquals(null, LegalSourceRegister.parse(ENTRY + """
                      - number: 부령 제1호
                        effective: 2025-10-01
                        until: 2026-01-07
                      - number: 부령 (번호 미확인)
                        until: 2024-12-18
                      - until: 2026-02-01
                      - number: 부령 제7호
                        effective: 2026-03-01
                        until: 2026-02-01
                """, errors));
        String all = errors.toString();
        assertTrue(all.contains("oldest first"), all);
        assertTrue(all.contains("versions[2].number is required"), all);
        assertTrue(all.contains("must be before effective (2026-01-08)"), all);
        assertTrue(all.contains("versions[3].effective (2026-03-01) is after its until"), all);
        errors.forEach(e -> assertEquals(2, e.line(), e.toString()));
    }
}
