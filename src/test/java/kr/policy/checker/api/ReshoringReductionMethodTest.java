package kr.policy.checker.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/**
 * The reduction measure of 시행규칙 제3조제1항제2호 (산업통상부령 제5호, from 2026-01-08; contract §13.6) through the single
 * evaluation, the batch and the screening.
 */
@QuarkusTest
class ReshoringReductionMethodTest {
    private static final String RESHORING = "/api/v1/evaluations/reshoring-subsidy";

    /** A single return, site outside the capital region, reduced by 30 %; {@code more} adds or overrides fields. */
    private static String reduced(String decisionDate, String more) {
        return """
                {"technology": "OTHER", "siteRegion": "울산", "overseasYears": 3, "koreanControlPercent": 60,
                 "overseasKsic": "C26110", "domesticKsic": "C26120", "overseasRestructuring": "REDUCED",
                 "overseasReductionPercent": 30, "asOf": "2025-12-01", "decisionDate": "%s"%s}"""
                .formatted(decisionDate, more.isEmpty() ? "" : ", " + more);
    }

    @Test
    void aReductionWithNothingSaidAboutHowIsNoLongerEligible() {
        // the case of the issue: decided 2026-03-02, 30 % reduced, no method → asked, not ELIGIBLE
        given().contentType("application/json").body(reduced("2026-03-02", ""))
                .post(RESHORING).then().statusCode(200)
                .body("outcome", equalTo("UNDETERMINED"))
                .body("missingFacts", contains("overseasReductionMethod"))
                .body("result.reductionMethodRequired", equalTo(true))
                .body("hints.field", contains("overseasReductionMethod"))
                .body("hints[0].message", containsString("설비 매각"))
                .body("hints[0].message", containsString("제4조제2항제2호나목"));
    }

    @Test
    void theMethodIsAskedBeforeThePercentage() {
        given().contentType("application/json").header("Accept-Language", "en")
                .body(reduced("2026-01-08", "").replace("\"overseasReductionPercent\": 30,", ""))
                .post(RESHORING).then().statusCode(200)
                .body("outcome", equalTo("UNDETERMINED"))
                .body("missingFacts", contains("overseasReductionMethod", "overseasReductionPercent"))
                .body("hints[0].message", containsString("Give how the overseas site was reduced"));
    }

    @Test
    void noMeasureFailsNamingTheProvision() {
        given().contentType("application/json").body(reduced("2026-03-02", "\"overseasReductionMethod\": \"NO_MEASURE\""))
                .post(RESHORING).then().statusCode(200)
                .body("outcome", equalTo("NOT_ELIGIBLE"))
                .body("explanation.rule", hasItem("sales fell without a reduction measure"))
                .body("explanation.rule", not(hasItem("reduction large enough")))
                .body("explanation.find { it.rule == 'sales fell without a reduction measure' }.legalBasis",
                        containsString("시행규칙 제3조제1항제2호"))
                .body("explanation.find { it.rule == 'sales fell without a reduction measure' }.message",
                        containsString("시행규칙 제3조제1항제2호"))
                .body("hints.field", contains("overseasReductionMethod"));
    }

    @Test
    void aListedMethodKeepsThePercentageTestAndAnotherMeasureAddsItsHint() {
        given().contentType("application/json")
                .body(reduced("2026-03-02", "\"overseasReductionMethod\": \"LONG_TERM_LEASE\""))
                .post(RESHORING).then().statusCode(200)
                .body("outcome", equalTo("ELIGIBLE"))
                .body("explanation.message", hasItem(containsString("장기 외부 임대")))
                .body("hints", org.hamcrest.Matchers.empty());
        given().contentType("application/json")
                .body(reduced("2026-03-02", "\"overseasReductionMethod\": \"LONG_TERM_LEASE\"")
                        .replace("\"overseasReductionPercent\": 30", "\"overseasReductionPercent\": 24"))
                .post(RESHORING).then().statusCode(200)
                .body("outcome", equalTo("NOT_ELIGIBLE"))
                .body("hints.field", contains("overseasReductionPercent"));
        given().contentType("application/json")
                .body(reduced("2026-03-02", "\"overseasReductionMethod\": \"OTHER_MEASURE\""))
                .post(RESHORING).then().statusCode(200)
                .body("outcome", equalTo("ELIGIBLE"))
                .body("hints.field", contains("overseasReductionMethod"))
                .body("hints[0].message", containsString("입증"));
    }

    @Test
    void beforeTheAmendmentTheMethodIsNeitherAskedNorUsed() {
        given().contentType("application/json").body(reduced("2026-01-07", ""))
                .post(RESHORING).then().statusCode(200)
                .body("outcome", equalTo("ELIGIBLE"))
                .body("result.reductionMethodRequired", equalTo(false));
        given().contentType("application/json").body(reduced("2025-06-02", "\"overseasReductionMethod\": \"NO_MEASURE\""))
                .post(RESHORING).then().statusCode(200)
                .body("outcome", equalTo("ELIGIBLE"))
                .body("explanation.rule", not(hasItem("sales fell without a reduction measure")));
    }

    @Test
    void anExemptTechnologyIsNotAsked() {
        given().contentType("application/json")
                .body(reduced("2026-03-02", "").replace("\"OTHER\"", "\"NATIONAL_STRATEGIC\""))
                .post(RESHORING).then().statusCode(200)
                .body("outcome", equalTo("ELIGIBLE"))
                .body("result.reductionMethodRequired", equalTo(false));
    }

    @Test
    void anUnknownMethodIsRefusedByName() {
        given().contentType("application/json").header("Accept-Language", "en")
                .body(reduced("2026-03-02", "\"overseasReductionMethod\": \"MARKET_DOWNTURN\""))
                .post(RESHORING).then().statusCode(400)
                .contentType(containsString("application/problem+json"))
                .body("errors.field", contains("overseasReductionMethod"));
    }

    @Test
    void theBatchAnswersEachCaseAsTheSingleEvaluation() {
        given().contentType("application/json").body("{\"cases\": [" + reduced("2026-03-02", "") + ", "
                        + reduced("2026-03-02", "\"overseasReductionMethod\": \"NO_MEASURE\"") + ", "
                        + reduced("2026-03-02", "\"overseasReductionMethod\": \"EQUIPMENT_SALE\"") + ", "
                        + reduced("2026-01-07", "") + "]}")
                .post(RESHORING + "/batch").then().statusCode(200)
                .body("results.outcome", contains("UNDETERMINED", "NOT_ELIGIBLE", "ELIGIBLE", "ELIGIBLE"))
                .body("results[0].missingFacts", contains("overseasReductionMethod"));
    }

    @Test
    void theScreeningAsksTheMethodOnlyWhenItMatters() {
        String firm = """
                {"asOf": "2026-03-02", "firm": {"technology": "OTHER", "siteRegion": "울산", "overseasYears": 3,
                 "koreanControlPercent": 60, "overseasKsic": "C26110", "domesticKsic": "C26120",
                 "overseasRestructuring": "%s", "overseasReductionPercent": 30, "decisionDate": "%s"}}""";
        given().contentType("application/json").body(firm.formatted("REDUCED", "2026-03-02"))
                .post("/api/v1/screenings").then().statusCode(200)
                .body("programmes.find { it.domain == 'reshoring-subsidy' }.outcome", equalTo("UNDETERMINED"))
                .body("programmes.find { it.domain == 'reshoring-subsidy' }.missingFacts",
                        contains("overseasReductionMethod"))
                .body("nextQuestions.field", hasItem("overseasReductionMethod"));
        given().contentType("application/json").body(firm.formatted("REDUCED", "2026-01-07"))
                .post("/api/v1/screenings").then().statusCode(200)
                .body("nextQuestions.field", not(hasItem("overseasReductionMethod")));
        given().contentType("application/json").body(firm.formatted("LIQUIDATED", "2026-03-02"))
                .post("/api/v1/screenings").then().statusCode(200)
                .body("nextQuestions.field", not(hasItem("overseasReductionMethod")));
    }

    @Test
    void answersAbout2025And2026DecisionsNameTheVersionOfTheRuleInForce() {
        given().contentType("application/json").body(reduced("2025-06-02", ""))
                .post(RESHORING).then().statusCode(200)
                .body("sources.find { it.id == 'reshoring-rule' }.number", equalTo("산업통상자원부령 (2024-12-19 시행 개정, 번호 미확인)"))
                .body("sources.find { it.id == 'reshoring-rule' }.effective", equalTo("2024-12-19"))
                .body("sources.find { it.id == 'reshoring-rule' }.until", equalTo("2025-09-30"));
        given().contentType("application/json").body(reduced("2025-11-03", ""))
                .post(RESHORING).then().statusCode(200)
                .body("sources.find { it.id == 'reshoring-rule' }.number", equalTo("산업통상부령 제1호"))
                .body("sources.find { it.id == 'reshoring-rule' }.until", equalTo("2026-01-07"));
        given().contentType("application/json").body(reduced("2026-03-02", "\"overseasReductionMethod\": \"EQUIPMENT_SALE\""))
                .post(RESHORING).then().statusCode(200)
                .body("sources.find { it.id == 'reshoring-rule' }.number", equalTo("산업통상부령 제5호"))
                .body("sources.find { it.id == 'reshoring-rule' }.effective", equalTo("2026-01-08"))
                .body("sources.find { it.id == 'reshoring-rule' }", not(org.hamcrest.Matchers.hasKey("until")));
        given().get("/api/v1/rulesets/sources").then().statusCode(200)
                .body("sources.find { it.id == 'reshoring-rule' }.versions.number",
                        hasItem("산업통상부령 제1호"));
    }
}
