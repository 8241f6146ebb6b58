package kr.policy.checker.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import kr.policy.checker.domain.Domain;
import kr.policy.checker.domain.Domains;
import kr.policy.checker.engine.EngineFixture;
import kr.policy.checker.text.Language;
import kr.policy.checker.text.Messages;
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

    /**
     * Every investment-tax-credit example a person could enter on the page (one amount per asset class) gets its
     * answer there: the outcome, the credit, or the refusal by its field.
     */
    @Test
    void everyTaxCreditExampleGetsItsAnswerOnThePage() {
        int checked = 0;
        for (kr.policy.checker.examples.Example example : kr.policy.checker.examples.Example.all()) {
            if (!example.domain().equals("investment-tax-credit")) {
                continue;
            }
            java.util.Map<String, String> form = formOf(example.input());
            if (form == null) {
                continue;
            }
            io.restassured.response.ValidatableResponse page = given().contentType("application/x-www-form-urlencoded")
                    .formParams(form).post("/self-check/investment-tax-credit").then().statusCode(200);
            com.fasterxml.jackson.databind.JsonNode expected = example.expected();
            if (expected.has("status")) {
                if (expected.get("errors").isEmpty()) {
                    page.body(containsString("id=\"general-error\""));
                }
                expected.get("errors").forEach(f -> page.body(
                        containsString("id=\"" + f.asText().replaceAll("[\\[.].*", "") + "-error\"")));
            } else {
                page.body(containsString("class=\"outcome " + expected.get("outcome").asText() + "\""));
                com.fasterxml.jackson.databind.JsonNode credit = expected.path("result").path("creditKrw");
                if (credit.isNumber()) {
                    page.body(containsString(kr.policy.checker.text.KoreanWon.format(credit.asLong())));
                }
            }
            checked++;
        }
        org.junit.jupiter.api.Assertions.assertTrue(checked >= 20, "examples checked on the page: " + checked);
    }

    /** An example's input as the form would send it, or null when the form cannot say it (a class twice, no such class). */
    private static java.util.Map<String, String> formOf(com.fasterxml.jackson.databind.JsonNode input) {
        java.util.Map<String, String> form = new java.util.HashMap<>();
        java.util.Iterator<java.util.Map.Entry<String, com.fasterxml.jackson.databind.JsonNode>> fields = input.fields();
        while (fields.hasNext()) {
            var f = fields.next();
            if (f.getKey().equals("asOf")) {
                continue; // the page judges as of today, which the test profile pins to the examples' asOf
            }
            if (f.getKey().equals("investments")) {
                for (com.fasterxml.jackson.databind.JsonNode i : f.getValue()) {
                    String klass = i.get("assetClass").asText();
                    boolean known = java.util.Arrays.stream(kr.policy.checker.domain.taxcredit.AssetClass.values())
                            .anyMatch(c -> c.name().equals(klass));
                    if (!known || form.put("investments." + klass, i.get("amountKrw").asText()) != null) {
                        return null;
                    }
                }
            } else if (f.getValue().isBoolean()) {
                if (f.getValue().asBoolean()) {
                    form.put(f.getKey(), "true");
                }
            } else {
                form.put(f.getKey(), f.getValue().asText());
            }
        }
        return form;
    }
}
