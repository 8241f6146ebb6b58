package kr.policy.checker.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** The pages refuse bad input beside the field, never with a server error. */
@QuarkusTest
class PagesHttpTest {
    @Test
    void theDeadlinePageNamesEachBadParameter() {
        given().get("/deadline?start=2024-02-30&days=0&convention=LUNAR").then().statusCode(200)
                .contentType(containsString("text/html"))
                .body(containsString("id=\"start-error\""))
                .body(containsString("id=\"days-error\""))
                .body(containsString("id=\"convention-error\""))
                .body(not(containsString("id=\"expiry\"")));
        given().get("/deadline?start=2030-12-20&days=30").then().statusCode(200)
                .body(containsString("id=\"start-error\""));
        given().get("/deadline?start=2024-09-02&days=15").then().statusCode(200)
                .body(containsString("2024-09-19"));
    }
}
