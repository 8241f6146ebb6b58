package kr.policy.checker.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import kr.policy.checker.domain.Domain;
import kr.policy.checker.domain.Domains;
import kr.policy.checker.engine.EngineFixture;
import kr.policy.checker.engine.Language;
import kr.policy.checker.engine.Messages;
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

    /** The self-check pages and their links come from Domains, in the words of each domain's rule folder. */
    @Test
    void eachSelfCheckIsTitledAndLinkedInItsDomainsWords() {
        for (Domain<?, ?> d : Domains.selfChecks()) {
            Messages words = EngineFixture.RULES.domain(d.name()).orElseThrow().messages();
            given().get("/self-check/" + d.name()).then().statusCode(200)
                    .body(containsString("<h1>" + words.text(Language.KO, "page.title") + "</h1>"))
                    .body(containsString("<label for=\"" + d.questions().get(0).name() + "\">"
                            + words.text(Language.KO, "page.field." + d.questions().get(0).name()) + "</label>"));
            given().get("/?lang=en").then().statusCode(200)
                    .body(containsString("<a href=\"/self-check/" + d.name() + "?lang=en\">"
                            + words.text(Language.EN, "page.nav") + "</a>"))
                    .body(containsString(words.text(Language.EN, "page.summary")));
        }
        Domains.all().stream().filter(d -> !d.selfCheck()).forEach(d ->
                given().get("/self-check/" + d.name()).then().statusCode(404));
    }
}
