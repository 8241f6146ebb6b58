package kr.policy.checker.app;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;
import kr.policy.checker.ruleset.RuleSetLoadException;
import kr.policy.checker.ruleset.RulesCopy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A rule file that does not compile stops start-up, saying file:line: message. */
class RuleEngineStartupTest {
    @TempDir
    Path dir;

    @Test
    void aBrokenRuleFileStopsStartUpWithFileLineAndMessage() {
        RulesCopy.of(dir);
        RulesCopy.edit(dir, "regulation-review/regulation-review.drl", "RegulationReviewCase(extensionDays > 30)",
                "RegulationReviewCase(extensionDays >>> 30)");
        RuleEngine engine = new RuleEngine(dir.toString(), Optional.empty(), 1, Clock.fixed(Instant.EPOCH, ZoneId.of("Asia/Seoul")), metrics());
        RuleSetLoadException e = assertThrows(RuleSetLoadException.class, () -> engine.onStart(null));
        assertTrue(e.getMessage().matches("(?s).*regulation-review/regulation-review\\.drl:\\d+: .+"), e.getMessage());
    }

    @Test
    void todayComesFromTheInjectedClockInSeoul() {
        // 2024-05-09T15:00Z is already 2024-05-10 in Seoul
        RuleEngine engine = new RuleEngine("rules", Optional.empty(), 1, Clock.fixed(Instant.parse("2024-05-09T15:00:00Z"), ZoneId.of("Asia/Seoul")), metrics());
        assertTrue(engine.today().toString().equals("2024-05-10"), engine.today().toString());
    }

    private static RuleSetMetrics metrics() {
        return new RuleSetMetrics(new io.micrometer.core.instrument.simple.SimpleMeterRegistry(),
                Clock.fixed(Instant.EPOCH, ZoneId.of("Asia/Seoul")));
    }
}
