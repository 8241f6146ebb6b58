package kr.policy.checker.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import kr.policy.checker.engine.DomainRules;
import kr.policy.checker.engine.EngineFixture;
import kr.policy.checker.engine.Evaluation;
import kr.policy.checker.engine.RuleMeta;
import org.junit.jupiter.api.Test;

/**
 * Every rule of every domain, decision or validation, is exercised by at least one example: a rule added without
 * an example that shows it working fails this test.
 */
class RuleCoverageTest {
    private final ObjectMapper json = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    @Test
    void everyRuleIsExercisedByAnExample() {
        Map<String, Set<String>> fired = new HashMap<>();
        for (Example example : Example.all()) {
            DomainRules rules = EngineFixture.RULES.domain(example.domain()).orElseThrow();
            Object input;
            try {
                input = json.treeToValue(example.input(), rules.spec().caseType());
            } catch (Exception notACase) {
                continue; // refused before the rules (bad JSON values): covered by the HTTP tests
            }
            Evaluation e = EngineFixture.evaluate(example.domain(), input, "2024-05-10");
            Set<String> names = fired.computeIfAbsent(example.domain(), d -> new HashSet<>());
            e.fired().forEach(m -> names.add(m.name()));
            e.violations().forEach(v -> names.add(v.rule().name()));
        }
        for (DomainRules rules : EngineFixture.RULES.domains()) {
            Set<String> missing = new TreeSet<>();
            for (RuleMeta rule : rules.rules()) {
                if (!fired.getOrDefault(rules.domain(), Set.of()).contains(rule.name())) {
                    missing.add(rule.name());
                }
            }
            assertEquals(Set.of(), missing, "rules of " + rules.domain() + " with no example");
        }
    }

    @Test
    void fixtureTodayIsNotUsedByExamples() {
        // examples pin asOf themselves, so their answers do not depend on the day the suite runs
        List<Example> withoutAsOf = Example.all().stream()
                .filter(e -> !e.expectsRefusal() && !e.input().has("asOf")).toList();
        assertEquals(List.of(), withoutAsOf);
        LocalDate.parse("2024-05-10");
    }
}
