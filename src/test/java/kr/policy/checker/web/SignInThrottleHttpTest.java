package kr.policy.checker.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.Map;
import kr.policy.checker.api.TestKeys;
import org.junit.jupiter.api.Test;

/** Contract §14: 40 wrong passwords for one clerk, then the right one, over HTTP as a browser posts them. */
@QuarkusTest
class SignInThrottleHttpTest {
    private static final String PASSWORD = "correct horse battery";

    @Test
    void fortyWrongPasswordsAreRefusedWith429AndTheRightOneRightAfterIsRefusedToo() {
        String username = "throttled-" + System.nanoTime();
        given().header("X-API-Key", TestKeys.ADMIN).contentType("application/json")
                .body(Map.of("username", username, "password", PASSWORD, "organization", "org-throttle"))
                .post("/api/v1/admin/clerks").then().statusCode(201);

        int wrong = 0;
        int refused = 0;
        for (int i = 0; i < 40; i++) {
            Response r = signIn(username, "wrong password " + i, "ko");
            if (r.statusCode() == 302) {
                assertTrue(r.header("Location").contains("/clerk/login?error=true"), r.header("Location"));
                wrong++;
            } else {
                assertEquals(429, r.statusCode());
                assertTrue(Long.parseLong(r.header("Retry-After")) >= 60, r.header("Retry-After"));
                refused++;
            }
        }
        assertEquals(5, wrong, "five failures are answered as wrong, then the account is locked");
        assertEquals(35, refused);

        Response right = signIn(username, PASSWORD, "ko");
        assertEquals(429, right.statusCode(), "the right password is refused until the wait ends");
        assertEquals(null, right.getCookie("checker-clerk"));
        right.then().contentType(containsString("text/html"))
                .header("Content-Security-Policy", containsString("frame-ancestors 'none'"))
                .header("Cache-Control", "no-store")
                .body(containsString("id=\"login-locked\""))
                .body(containsString("분 뒤에 다시 시도하세요"));
        signIn(username, PASSWORD, "en").then().statusCode(429).body(containsString("Try again in"));

        given().header("X-API-Key", TestKeys.ADMIN)
                .get("/api/v1/admin/audit?action=SIGN_IN_FAILED&size=200").then().statusCode(200)
                .body("items.findAll { it.actor == '" + username + "' }.size()", org.hamcrest.Matchers.equalTo(5))
                .body("items.find { it.actor == '" + username + "' }.address", org.hamcrest.Matchers.notNullValue());
        given().header("X-API-Key", TestKeys.ADMIN)
                .get("/api/v1/admin/audit?action=SIGN_IN_LOCKED").then().statusCode(200)
                .body("items.findAll { it.actor == '" + username + "' }.size()", org.hamcrest.Matchers.equalTo(1));
    }

    @Test
    void aSuccessfulSignInIsAuditedAndFourFailuresBeforeItDoNotLock() {
        String username = "recovered-" + System.nanoTime();
        given().header("X-API-Key", TestKeys.ADMIN).contentType("application/json")
                .body(Map.of("username", username, "password", PASSWORD, "organization", "org-throttle"))
                .post("/api/v1/admin/clerks").then().statusCode(201);
        for (int i = 0; i < 4; i++) {
            assertEquals(302, signIn(username, "nope " + i, "en").statusCode());
        }
        Response ok = signIn(username, PASSWORD, "en");
        assertEquals(302, ok.statusCode());
        assertTrue(ok.getCookie("checker-clerk") != null);
        given().header("X-API-Key", TestKeys.ADMIN).get("/api/v1/admin/audit?action=SIGN_IN").then()
                .statusCode(200).body("items.actor", org.hamcrest.Matchers.hasItem(username));
    }

    private static Response signIn(String username, String password, String language) {
        return given().redirects().follow(false).header("Accept-Language", language)
                .contentType("application/x-www-form-urlencoded")
                .formParam("j_username", username).formParam("j_password", password)
                .post("/j_security_check");
    }
}
