package kr.policy.checker.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Callers of the open endpoints are limited per address. */
@QuarkusTest
@TestProfile(RateLimitTest.FiveAMinute.class)
class RateLimitTest {
    public static class FiveAMinute implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("checker.rate-limit.requests-per-minute", "5");
        }
    }

    @Test
    void theSixthAnonymousRequestInAMinuteIs429WithRetryAfter() {
        for (int i = 0; i < 5; i++) {
            given().get("/api/v1/calendar/holidays?year=2025").then().statusCode(200);
        }
        given().header("Accept-Language", "en").get("/api/v1/calendar/holidays?year=2025").then()
                .statusCode(429)
                .contentType("application/problem+json")
                .header("Retry-After", notNullValue())
                .body("type", equalTo("/problems/too-many-requests"));
        // a key does not lift the limit (a made-up one would otherwise); other paths are not limited
        given().header("X-API-Key", "made-up").get("/api/v1/calendar/holidays?year=2025").then().statusCode(429);
        given().get("/q/health/ready").then().statusCode(200);
    }
}
