package kr.policy.checker.api;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;

/** "Today" is 2026-12-05: the tax credit's encoded law (to 2026-12-31) runs out within the warning period. */
public class TodayFifthDecember2026 implements QuarkusTestProfile {
    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("checker.clock.today", "2026-12-05");
    }
}
