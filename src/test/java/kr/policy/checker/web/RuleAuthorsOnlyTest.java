package kr.policy.checker.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.specification.RequestSpecification;
import java.util.UUID;
import kr.policy.checker.api.TestKeys;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The rule authors' pages have one admin check (RuleAuthorsOnlyFilter): every route refuses a clerk without ADMIN. */
@QuarkusTest
class RuleAuthorsOnlyTest {
    private static final String PASSWORD = "correct horse battery";
    private String clerk;
    private String author;

    @BeforeEach
    void signIn() {
        clerk = session("CLERK");
        author = session("ADMIN");
    }

    private static String session(String role) {
        String username = role.toLowerCase() + UUID.randomUUID().toString().substring(0, 8);
        given().header("X-API-Key", TestKeys.ADMIN).contentType("application/json")
                .body("{\"username\": \"" + username + "\", \"password\": \"" + PASSWORD + "\", "
                        + "\"organization\": \"산업부\", \"role\": \"" + role + "\"}")
                .post("/api/v1/admin/clerks").then().statusCode(201);
        return given().redirects().follow(false).contentType("application/x-www-form-urlencoded")
                .formParam("j_username", username).formParam("j_password", PASSWORD)
                .post("/j_security_check").then().extract().cookie("checker-clerk");
    }

    /** Signed in, from this site (the pages' CSRF check wants the Origin on a POST). */
    private static RequestSpecification as(String cookie) {
        return given().redirects().follow(false).cookie("checker-clerk", cookie)
                .header("Origin", RestAssured.baseURI + ":" + RestAssured.port);
    }

    @Test
    void everyRouteTurnsAClerkAwayWithTheForbiddenPageInTheirLanguage() {
        String id = UUID.randomUUID().toString();
        as(clerk).get("/admin/rules").then().statusCode(403).contentType("text/html")
                .body(containsString("id=\"forbidden\""));
        as(clerk).get("/admin/rules/diff?from=a&to=b&lang=en").then().statusCode(403)
                .body(containsString("id=\"forbidden\"")).body(containsString("lang=\"en\""));
        as(clerk).get("/admin/rules/simulations/" + id).then().statusCode(403);
        as(clerk).get("/admin/rules/simulations/" + id + "/items.csv").then().statusCode(403);
        as(clerk).get("/admin/rules/evaluations/" + id).then().statusCode(403);
        as(clerk).post("/admin/rules/simulations/" + id + "/cancel").then().statusCode(403);
        as(clerk).contentType("application/x-www-form-urlencoded").formParam("file", "permit-timeout/caps.xlsx")
                .post("/admin/rules/simulations/table").then().statusCode(403);
        as(clerk).multiPart("file", "permit-timeout/permit-timeout.drl").multiPart("text", "rule")
                .post("/admin/rules/simulations").then().statusCode(403);
    }

    @Test
    void anAuthorIsLetThrough() {
        as(author).get("/admin/rules").then().statusCode(200).body(containsString("id=\"versions\""));
        // a simulation that does not exist is the author's 404, not the guard's 403
        as(author).get("/admin/rules/simulations/" + UUID.randomUUID()).then().statusCode(404);
    }
}
