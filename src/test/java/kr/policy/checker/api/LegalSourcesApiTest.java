package kr.policy.checker.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Contract §13.4–§13.5 on 2026-12-05: the register of legal sources, each rule's source, each domain's horizon, the
 * refusal past it, and the warning that the tax credit's encoded law runs out at the end of the month.
 */
@QuarkusTest
@TestProfile(TodayFifthDecember2026.class)
class LegalSourcesApiTest {

    @Test
    void everyRuleNamesASourceTheRegisterLists() {
        JsonPath register = given().get("/api/v1/rulesets/sources").then().statusCode(200).extract().jsonPath();
        List<Map<String, Object>> sources = register.getList("sources");
        Set<String> ids = new HashSet<>();
        sources.forEach(s -> {
            for (String field : List.of("id", "title", "kind", "number", "promulgated", "effective", "checkedOn",
                    "url")) {
                assertFalse(String.valueOf(s.get(field)).isBlank(), field + " of " + s);
            }
            assertTrue(ids.add((String) s.get("id")), "one entry per id: " + s);
        });
        JsonPath set = given().get("/api/v1/rulesets").then().statusCode(200).extract().jsonPath();
        List<Map<String, Object>> domains = set.getList("domains");
        assertEquals(5, domains.size());
        for (Map<String, Object> d : domains) {
            assertTrue(d.get("encodedUntil") != null, d.get("domain") + " has a horizon");
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> rules = (List<Map<String, Object>>) d.get("rules");
            for (Map<String, Object> r : rules) {
                @SuppressWarnings("unchecked")
                List<String> named = r.get("sourceChoices") != null ? (List<String>) r.get("sourceChoices")
                        : List.of((String) r.get("source"));
                named.forEach(id -> assertTrue(ids.contains(id), r.get("name") + " names " + id));
            }
        }
        assertEquals("2026-12-31", set.getString("domains.find { it.domain == 'investment-tax-credit' }.encodedUntil"));
        assertEquals("2030-12-31", set.getString("domains.find { it.domain == 'permit-timeout' }.encodedUntil"));
        assertEquals(List.of("advanced-industry-act", "semiconductor-act"), set.getList(
                "domains.find { it.domain == 'permit-timeout' }.rules.find { it.name == 'time-out period' }.sourceChoices"));
    }

    @Test
    void aTaxCaseFor2027IsRefusedAsBeyondTheEncodedLawNamingTaxYear() {
        String body = """
                {"taxYear": 2027, "companySize": "SME", "investments": [{"assetClass": "GENERAL", "amountKrw": 100000000}],
                 "priorThreeYearsInvestmentKrw": 0}""";
        given().contentType("application/json").header("Accept-Language", "en").body(body)
                .post("/api/v1/evaluations/investment-tax-credit").then().statusCode(422)
                .contentType("application/problem+json")
                .body("type", equalTo("/problems/beyond-encoded-law"))
                .body("errors[0].field", equalTo("taxYear"))
                .body("errors[0].message", containsString("2026-12-31"))
                .body("detail", containsString("2027-12-31"));
        given().contentType("application/json").header("Accept-Language", "ko").body(body)
                .post("/api/v1/evaluations/investment-tax-credit").then().statusCode(422)
                .body("title", equalTo("반영된 법령 기준일 이후"))
                .body("detail", containsString("조세특례제한법 개정"));
        // 2026 is still answered, with the statute it rests on
        given().contentType("application/json").body(body.replace("2027", "2026"))
                .post("/api/v1/evaluations/investment-tax-credit").then().statusCode(200)
                .body("sources.id", equalTo(List.of("tax-special-act")))
                .body("sources[0].number", containsString("법률 제"))
                .body("explanation.source", hasItem("tax-special-act"));
    }

    @Test
    void readinessStaysUpAndListsTheTaxCreditWhoseLawRunsOutThisMonth() {
        JsonPath ready = given().get("/q/health/ready").then().statusCode(200).extract().jsonPath();
        assertEquals("UP", ready.getString("status"));
        Map<String, Object> data = ready.getMap("checks.find { it.name == 'rule-set' }.data");
        assertEquals("2026-12-31 (26 days)", data.get("horizon.investment-tax-credit"), data.toString());
        assertNull(data.get("horizon.permit-timeout"), "the permit rules reach 2030: " + data);
    }

    @Test
    void theRuleAuthorsPageWarnsOfTheHorizonAndShowsTheRegister() {
        String username = "author" + UUID.randomUUID().toString().substring(0, 8);
        given().header("X-API-Key", TestKeys.ADMIN).contentType("application/json")
                .body("{\"username\": \"" + username + "\", \"password\": \"correct horse battery\", "
                        + "\"organization\": \"산업부\", \"role\": \"ADMIN\"}")
                .post("/api/v1/admin/clerks").then().statusCode(201);
        String cookie = given().redirects().follow(false).contentType("application/x-www-form-urlencoded")
                .formParam("j_username", username).formParam("j_password", "correct horse battery")
                .post("/j_security_check").then().extract().cookie("checker-clerk");
        String page = given().cookie("checker-clerk", cookie).get("/admin/rules?lang=ko").then().statusCode(200)
                .extract().asString();
        assertTrue(page.contains("id=\"horizon-banner\""), page);
        assertTrue(page.contains("id=\"horizon-investment-tax-credit\""), "the tax credit is named in the banner");
        assertFalse(page.contains("id=\"horizon-permit-timeout\""), "the permit rules are not");
        assertTrue(page.contains("id=\"source-semiconductor-act\""), "the register is shown");
        assertTrue(page.contains("법률 제21738호"));
    }
}
