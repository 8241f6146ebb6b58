package kr.policy.checker.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Contract §11 over HTTP: one firm, every incentive. */
@QuarkusTest
class ScreeningApiTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String SCREENINGS = "/api/v1/screenings";
    /** README's "Try it" firm: an SME that exported 100,000 USD and invested 10억 원 in 2024. */
    static final String README_FIRM = """
            {"asOf": "2024-05-10",
             "firm": {"companySize": "SME", "priorYearExportsUsd": 100000, "annualSalesKrw": 5000000000,
                      "taxYear": 2024, "investments": [{"assetClass": "GENERAL", "amountKrw": 1000000000}],
                      "priorThreeYearsInvestmentKrw": 1500000000}}""";

    @Test
    void eachProgrammeIsWhatItsOwnEndpointAnswers() throws Exception {
        JsonNode request = JSON.readTree(README_FIRM);
        JsonNode screening = JSON.readTree(given().contentType("application/json").body(README_FIRM)
                .post(SCREENINGS).then().statusCode(200).extract().asString());
        List<String> order = new ArrayList<>();
        for (JsonNode programme : screening.get("programmes")) {
            String domain = programme.get("domain").asText();
            order.add(domain + ":" + programme.get("outcome").asText());
            // the same fields, those the domain has, sent to its own endpoint
            ObjectNode own = JSON.createObjectNode();
            request.get("firm").fields().forEachRemaining(f -> own.set(f.getKey(), f.getValue()));
            own.put("asOf", "2024-05-10");
            Response single = given().contentType("application/json").body(onlyKnownFields(domain, own).toString())
                    .post("/api/v1/evaluations/" + domain);
            assertEquals(200, single.statusCode(), single.asString());
            assertEquals(JSON.readTree(single.asString()), programme, domain);
        }
        assertEquals(List.of("export-voucher:ELIGIBLE", "investment-tax-credit:ELIGIBLE",
                "reshoring-subsidy:UNDETERMINED"), order);
        assertEquals("정부지원 최대 4,500만 원", screening.at("/programmes/0/headline").asText());
        assertEquals("세액공제 1억 7,000만 원", screening.at("/programmes/1/headline").asText());
        assertEquals("TEMPORARY", screening.at("/programmes/1/result/regime").asText());
        assertEquals(170000000L, screening.at("/programmes/1/result/creditKrw").asLong());
        // what the reshoring subsidy still needs is asked, each once
        Set<String> asked = new HashSet<>();
        screening.get("nextQuestions").forEach(q -> assertTrue(asked.add(q.get("field").asText()), q.toString()));
        screening.at("/programmes/2/missingFacts").forEach(f -> assertTrue(asked.contains(f.asText()), f.asText()));
    }

    /** The firm's fields a domain's input has (the screening hands it nothing else). */
    private static ObjectNode onlyKnownFields(String domain, ObjectNode firm) {
        Set<String> known = kr.policy.checker.judging.CaseReader.fieldNames(
                kr.policy.checker.domain.Domains.named(domain).orElseThrow().caseType());
        ObjectNode out = firm.deepCopy();
        out.retain(known);
        return out;
    }

    @Test
    void aFactTwoProgrammesNeedIsAskedOnceAndFirst() {
        given().contentType("application/json").body("{\"asOf\": \"2024-05-10\", \"firm\": {}}")
                .post(SCREENINGS).then().statusCode(200)
                .body("programmes.outcome", contains("UNDETERMINED", "UNDETERMINED", "UNDETERMINED"))
                .body("nextQuestions[0].field", equalTo("companySize"))
                .body("nextQuestions[0].domains", contains("export-voucher", "investment-tax-credit"))
                .body("nextQuestions.findAll { it.field == 'companySize' }.size()", equalTo(1))
                .body("nextQuestions.field", hasItem("taxYear"))
                .body("nextQuestions.field", hasItem("priorYearExportsUsd"));
    }

    @Test
    void aFieldNoIncentiveKnowsIsRefusedByName() {
        given().contentType("application/json").header("Accept-Language", "en")
                .body("{\"firm\": {\"companySize\": \"SME\", \"employeeCount\": 12}}")
                .post(SCREENINGS).then().statusCode(400)
                .contentType(containsString("application/problem+json"))
                .body("errors.field", contains("firm.employeeCount"))
                .body("errors[0].message", equalTo("is a field of no incentive programme"));
        given().contentType("application/json").body("{\"asOf\": \"2024-02-30\", \"firm\": {}, \"extra\": 1}")
                .post(SCREENINGS).then().statusCode(400)
                .body("errors.field", hasItem("asOf"))
                .body("errors.field", hasItem("extra"));
        given().contentType("application/json").body("{\"firm\": [1]}")
                .post(SCREENINGS).then().statusCode(400).body("errors.field", contains("firm"));
    }

    @Test
    void aRefusalInOneProgrammeHidesNothingElse() {
        given().contentType("application/json").header("Accept-Language", "en").body("""
                {"asOf": "2024-05-10",
                 "firm": {"companySize": "SME", "priorYearExportsUsd": 100000, "annualSalesKrw": 5000000000,
                          "taxYear": 2024, "investments": [{"assetClass": "GENERAL", "amountKrw": -5}]}}""")
                .post(SCREENINGS).then().statusCode(200)
                .body("programmes.domain", contains("export-voucher", "reshoring-subsidy", "investment-tax-credit"))
                .body("programmes[0].outcome", equalTo("ELIGIBLE"))
                .body("programmes[2].outcome", equalTo("REFUSED"))
                .body("programmes[2].status", equalTo(400))
                .body("programmes[2].errors.field", contains("investments[0].amountKrw"))
                .body("programmes[2].errors[0].message", equalTo("must not be negative"));
    }

    @Test
    void aKeyedCallersProgrammesAreStoredLikeItsEvaluations() {
        String key = TestKeys.issue("PARTNER", "screening-org");
        Response answer = given().contentType("application/json").header("X-API-Key", key).body(README_FIRM)
                .post(SCREENINGS);
        answer.then().statusCode(200).body("programmes[0].evaluationId", notNullValue());
        for (int i = 0; i < 3; i++) {
            String id = answer.path("programmes[" + i + "].evaluationId");
            String domain = answer.path("programmes[" + i + "].domain");
            given().header("X-API-Key", key).get("/api/v1/evaluations/" + id).then().statusCode(200)
                    .body("domain", equalTo(domain))
                    .body("output.outcome", equalTo(answer.path("programmes[" + i + "].outcome")));
        }
    }
}
