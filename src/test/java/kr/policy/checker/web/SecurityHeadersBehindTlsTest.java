package kr.policy.checker.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Contract §14: HSTS when the operator says the service is reached over TLS, on pages and API alike. */
@QuarkusTest
@TestProfile(SecurityHeadersBehindTlsTest.BehindTls.class)
class SecurityHeadersBehindTlsTest {
    public static class BehindTls implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("checker.security.behind-tls", "true", "checker.security.hsts-max-age", "P180D");
        }
    }

    @Test
    void everyAnswerAsksBrowsersToUseTlsOnly() {
        given().get("/self-check").then().statusCode(200)
                .header("Strict-Transport-Security", equalTo("max-age=15552000"));
        given().get("/api/v1/rulesets").then().statusCode(200)
                .header("Strict-Transport-Security", equalTo("max-age=15552000"));
    }
}
