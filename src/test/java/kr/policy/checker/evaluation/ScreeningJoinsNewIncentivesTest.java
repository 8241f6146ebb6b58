package kr.policy.checker.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import kr.policy.checker.domain.Domains;
import kr.policy.checker.ruleset.CompiledRuleCache;
import kr.policy.checker.text.Language;
import kr.policy.checker.ruleset.RuleDirectory;
import kr.policy.checker.engine.RuleFile;
import kr.policy.checker.engine.RuleSet;
import kr.policy.checker.ruleset.RuleSetLoader;
import kr.policy.checker.judging.EvaluationResponse;
import org.junit.jupiter.api.Test;

/** A sixth incentive, declared in a test fixture, is screened with the firm's fields and no change to the screening. */
@QuarkusTest
class ScreeningJoinsNewIncentivesTest {
    @Inject
    ScreeningService screenings;

    @Test
    void anIncentiveAddedInAFixtureIsScreenedWithTheSharedFields() throws Exception {
        List<RuleFile> files = new ArrayList<>();
        RuleDirectory.read(Path.of("rules")).stream()
                .filter(f -> f.folder().equals("calendar") || f.folder().equals("export-voucher")).forEach(files::add);
        RuleDirectory.read(Path.of("src/test/resources/fixture-rules")).stream()
                .filter(f -> !f.folder().isEmpty()).forEach(files::add);
        // the register of legal sources, with the test-only incentive's source added
        files.add(new RuleFile("sources.yaml", (Files.readString(Path.of("rules/sources.yaml"))
                + Files.readString(Path.of("src/test/resources/fixture-rules/test-sources.yaml")))
                .getBytes(StandardCharsets.UTF_8)));
        RuleSet set = new RuleSetLoader(List.of(Domains.named("export-voucher").orElseThrow(), new HiringGrantFixture()),
                CompiledRuleCache.none()).load(files, Instant.EPOCH);

        ScreeningService.Screening answer = screenings.screen(set, new ObjectMapper().readTree("""
                {"asOf": "2024-05-10", "firm": {"companySize": "SME", "newHires": 3}}"""), Language.KO);

        EvaluationResponse grant = (EvaluationResponse) answer.programmes().get(0);
        assertEquals("hiring-grant", grant.domain());
        assertEquals("ELIGIBLE", grant.outcome());
        assertEquals("hiring grant 3,000만 원", grant.headline());
        EvaluationResponse voucher = (EvaluationResponse) answer.programmes().get(1);
        assertEquals("export-voucher", voucher.domain());
        assertEquals("UNDETERMINED", voucher.outcome());
        // companySize reached both; what only the voucher lacks is asked
        assertEquals(List.of("priorYearExportsUsd", "annualSalesKrw"),
                answer.nextQuestions().stream().map(ScreeningService.NextQuestion::field).toList());
    }
}
