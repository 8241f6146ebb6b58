package kr.policy.checker.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** Contract §14: pages send a CSP without inline script, and every answer nosniff and Referrer-Policy. */
@QuarkusTest
class SecurityHeadersTest {
    @Test
    void pagesSendAPolicyWithoutInlineScript() {
        given().get("/self-check").then()
                .statusCode(200)
                .header("Content-Security-Policy", containsString("script-src 'self';"))
                .header("Content-Security-Policy", containsString("frame-ancestors 'none'"))
                .header("Content-Security-Policy", not(containsString("script-src 'self' 'unsafe-inline'")))
                .header("X-Content-Type-Options", equalTo("nosniff"))
                .header("Referrer-Policy", equalTo("same-origin"));
        given().get("/clerk/login").then()
                .statusCode(200)
                .header("Content-Security-Policy", containsString("form-action 'self'"));
    }

    @Test
    void apiAnswersAreNotSniffed() {
        given().get("/api/v1/rulesets").then()
                .statusCode(200)
                .header("X-Content-Type-Options", equalTo("nosniff"))
                .header("Referrer-Policy", equalTo("same-origin"))
                .header("Content-Security-Policy", nullValue());
    }

    @Test
    void answersWithStoredDataAreNotCachedAndEveryAnswerIsNotSniffed() {
        given().header("X-API-Key", kr.policy.checker.api.TestKeys.ADMIN).get("/api/v1/admin/api-keys").then()
                .statusCode(200).header("Cache-Control", equalTo("no-store"));
        given().get("/api/v1/rulesets").then().statusCode(200).header("Cache-Control", nullValue());
        given().redirects().follow(false).get("/clerk").then().statusCode(302)
                .header("X-Content-Type-Options", equalTo("nosniff")).header("Cache-Control", equalTo("no-store"));
        given().get("/print.js").then().statusCode(200).header("X-Content-Type-Options", equalTo("nosniff"));
        given().redirects().follow(false).contentType("application/x-www-form-urlencoded")
                .formParam("j_username", "nobody-here").formParam("j_password", "x").post("/j_security_check")
                .then().statusCode(302).header("Referrer-Policy", equalTo("same-origin"));
        // HSTS only when the operator says the service is behind TLS (SecurityHeadersBehindTlsTest)
        given().get("/self-check").then().header("Strict-Transport-Security", nullValue());
    }

    @Test
    void theNoticePrintsWithAScriptFileNotAnInlineHandler() {
        given().get("/print.js").then().statusCode(200).body(containsString("window.print()"));
    }
}
