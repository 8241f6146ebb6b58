package kr.policy.checker.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import java.util.UUID;
import kr.policy.checker.api.TestKeys;
import org.junit.jupiter.api.Test;

/**
 * A page that does not exist, a method a page does not take, an address or headers too long: a person gets the
 * site's error page (a title, lang, the frame, a way back), in Korean unless they asked for English; the API keeps
 * answering problem+json.
 */
@QuarkusTest
class ErrorPagesTest {
    private static final String PASSWORD = "correct horse battery";

    @Test
    void anUnknownPageIsTheSitesErrorPageWithATitleALanguageAndAWayBack() {
        given().get("/self-check/no-such-programme").then().statusCode(404).contentType("text/html")
                .body(containsString("<html lang=\"ko\">"))
                .body(containsString("<title>페이지를 찾을 수 없습니다 · "))
                .body(containsString("id=\"error-back\" href=\"/?lang=ko\""))
                .body(containsString("<nav"));
        given().get("/no-such-page?lang=en").then().statusCode(404).contentType("text/html")
                .body(containsString("<html lang=\"en\">")).body(containsString("<title>Page not found · "));
        given().header("Accept-Language", "en").put("/deadline").then().statusCode(405).contentType("text/html")
                .body(containsString("<title>This page cannot be opened this way"));
        given().get("/deadline?x=" + "a".repeat(9000)).then().statusCode(414).contentType("text/html")
                .body(containsString("<title>주소가 너무 깁니다"));
        given().get("/api/v1/no-such-thing").then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void signedInAnUnknownClerkOrRulesPageLeadsBackThere() {
        String username = "errors" + UUID.randomUUID().toString().substring(0, 8);
        given().header("X-API-Key", TestKeys.ADMIN).contentType("application/json")
                .body("{\"username\": \"" + username + "\", \"password\": \"" + PASSWORD + "\", "
                        + "\"organization\": \"산업부\", \"role\": \"ADMIN\"}")
                .post("/api/v1/admin/clerks").then().statusCode(201);
        String cookie = given().redirects().follow(false).contentType("application/x-www-form-urlencoded")
                .formParam("j_username", username).formParam("j_password", PASSWORD)
                .post("/j_security_check").then().extract().cookie("checker-clerk");
        given().cookie("checker-clerk", cookie).get("/clerk/no-such-page").then().statusCode(404)
                .contentType("text/html").body(containsString("<title>페이지를 찾을 수 없습니다"))
                .body(containsString("href=\"/clerk?lang=ko\""));
        given().cookie("checker-clerk", cookie).get("/admin/rules/no-such-page?lang=en").then().statusCode(404)
                .contentType("text/html").body(containsString("href=\"/admin/rules?lang=en\""))
                .body(not(containsString("problem")));
    }
}
