package kr.policy.checker.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Contract §9's limits, small enough to reach: anonymous callers 5 a minute per address on the open endpoints, keys
 * 20 a minute each unless a key has its own quota. Every test here calls from the same address.
 */
@QuarkusTest
@TestProfile(RateLimitTest.SmallLimits.class)
class RateLimitTest {
    public static class SmallLimits implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("checker.rate-limit.requests-per-minute", "5",
                    "checker.rate-limit.key-requests-per-minute", "20");
        }
    }

    @Test
    void anonymousCallersAreLimitedPerAddressAndKeysPerKey() {
        for (int i = 0; i < 5; i++) {
            given().get("/api/v1/calendar/holidays?year=2025").then().statusCode(200)
                    .header("RateLimit-Limit", "5").header("RateLimit-Remaining", String.valueOf(4 - i));
        }
        given().header("Accept-Language", "en").get("/api/v1/calendar/holidays?year=2025").then()
                .statusCode(429)
                .contentType("application/problem+json")
                .header("Retry-After", notNullValue())
                .header("RateLimit-Remaining", "0")
                .header("RateLimit-Reset", notNullValue())
                .body("type", equalTo("/problems/too-many-requests"));
        // a made-up key does not lift the address's limit; other paths are not limited
        given().header("X-API-Key", "made-up").get("/api/v1/calendar/holidays?year=2025").then().statusCode(429);
        given().get("/q/health/ready").then().statusCode(200);

        // a partner's key from the same address is limited by its own quota, not by the address
        String partner = TestKeys.issue("PARTNER", "quota-org");
        for (int i = 0; i < 20; i++) {
            given().header("X-API-Key", partner).get("/api/v1/calendar/holidays?year=2025").then().statusCode(200)
                    .header("RateLimit-Limit", "20");
        }
        given().header("X-API-Key", partner).header("Accept-Language", "en")
                .get("/api/v1/calendar/holidays?year=2025").then().statusCode(429)
                .header("Retry-After", notNullValue())
                .body("detail", org.hamcrest.Matchers.containsString("API key"));
        // another key has its own bucket
        given().header("X-API-Key", TestKeys.issue("PARTNER", "quota-org")).get("/api/v1/calendar/holidays?year=2025")
                .then().statusCode(200);
    }

    @Test
    void anAdminGivesAKeyItsOwnQuota() {
        var created = given().header("X-API-Key", TestKeys.ADMIN).contentType("application/json")
                .body("{\"name\": \"heavy partner\", \"role\": \"PARTNER\", \"organization\": \"big\", "
                        + "\"requestsPerMinute\": 3}")
                .post("/api/v1/admin/api-keys").then().statusCode(201).body("requestsPerMinute", equalTo(3))
                .extract().jsonPath();
        String key = created.getString("key");
        for (int i = 0; i < 3; i++) {
            given().header("X-API-Key", key).get("/api/v1/rulesets").then().statusCode(200)
                    .header("RateLimit-Limit", "3");
        }
        given().header("X-API-Key", key).get("/api/v1/rulesets").then().statusCode(429);
        // raised by the admin: a fresh bucket of the new size
        given().header("X-API-Key", TestKeys.ADMIN).contentType("application/json").body("{\"requestsPerMinute\": 50}")
                .patch("/api/v1/admin/api-keys/" + created.getString("id")).then().statusCode(200)
                .body("requestsPerMinute", equalTo(50));
        given().header("X-API-Key", key).get("/api/v1/rulesets").then().statusCode(200).header("RateLimit-Limit", "50");
        given().header("X-API-Key", TestKeys.ADMIN).contentType("application/json").body("{\"requestsPerMinute\": -1}")
                .patch("/api/v1/admin/api-keys/" + created.getString("id")).then().statusCode(400)
                .body("errors[0].field", equalTo("requestsPerMinute"));
    }
}
