package kr.policy.checker.api;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;

/**
 * "Today" is 2026-12-31, so that a register may hold cases of the law as it stands (반도체특별법, from 2026-08-11): a
 * register refuses facts dated after today. The test classes that share it share one start.
 */
public class TodayDecember2026 implements QuarkusTestProfile {
    public static final String TODAY = "2026-12-31";

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("checker.clock.today", TODAY);
    }
}
