package kr.policy.checker.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** reshoring-subsidy and export-voucher over HTTP: hints, displays, regions, batches. */
@QuarkusTest
class IncentiveApiTest {
    private static final String RESHORING = "/api/v1/evaluations/reshoring-subsidy";
    private static final String VOUCHER = "/api/v1/evaluations/export-voucher";

    @Test
    void everyFailingCriterionIsExplainedAndHinted() {
        given().contentType("application/json").body("""
                {"technology": "OTHER", "siteRegion": "경북", "overseasRestructuring": "REDUCED",
                 "overseasReductionPercent": 20, "overseasYears": 3, "koreanControlPercent": 25,
                 "overseasKsic": "C26110", "domesticKsic": "C27110", "decisionDate": "2024-09-10", "asOf": "2024-10-01"}""")
                .post(RESHORING).then().statusCode(200)
                .body("outcome", equalTo("NOT_ELIGIBLE"))
                .body("explanation.rule", hasItem("Korean control insufficient"))
                .body("explanation.rule", hasItem("different product"))
                .body("explanation.rule", hasItem("reduction too small"))
                .body("hints.field", contains("koreanControlPercent", "domesticKsic", "overseasReductionPercent"))
                .body("hints[0].message", containsString("30%"))
                .body("hints[0].message", containsString("25%"))
                .body("hints[2].message", equalTo("해외사업장 축소율이 25% 이상이어야 합니다(입력: 20%)."));
    }

    @Test
    void undeterminedListsTheQuestionsInOrderWithHints() {
        given().contentType("application/json").header("Accept-Language", "en").body("{\"asOf\": \"2024-10-01\"}")
                .post(RESHORING).then().statusCode(200)
                .body("outcome", equalTo("UNDETERMINED"))
                .body("missingFacts", contains("technology", "siteRegion", "overseasYears", "koreanControlPercent",
                        "overseasKsic", "domesticKsic"))
                .body("hints", hasSize(6))
                .body("hints[0].message", containsString("Give the technology"));
    }

    @Test
    void amountsCarryAKoreanDisplayForm() {
        given().contentType("application/json").body("""
                {"companySize": "SME", "annualSalesKrw": 5000000000, "priorYearExportsUsd": 100000, "asOf": "2024-03-04"}""")
                .post(VOUCHER).then().statusCode(200)
                .body("outcome", equalTo("ELIGIBLE"))
                .body("result.totalVoucherKrw", equalTo(64285714))
                .body("result.totalVoucherKrwDisplay", equalTo("6,428만 5,714원"))
                .body("result.governmentCapKrwDisplay", equalTo("4,500만 원"))
                .body("hints[0].field", equalTo("priorYearExportsUsd"))
                .body("explanation.message", hasItem(containsString("신뢰도가 낮으며")));
    }

    @Test
    void anUnknownRegionIs400NamingTheFieldInEitherLanguage() {
        given().contentType("application/json").body("{\"siteRegion\": \"Tokyo\"}").post(RESHORING).then()
                .statusCode(400).body("errors[0].field", equalTo("siteRegion"))
                .body("errors[0].message", containsString("17개 시·도"));
        given().contentType("application/json").header("Accept-Language", "en").body("{\"siteRegion\": 99}")
                .post(RESHORING).then().statusCode(400).body("errors[0].field", equalTo("siteRegion"))
                .body("errors[0].message", containsString("17 provinces"));
        // a code sent as a JSON number is still the code
        given().contentType("application/json").body("{\"siteRegion\": 41, \"asOf\": \"2024-10-01\"}")
                .post(RESHORING).then().statusCode(200).body("result.capitalRegion", equalTo(true));
        given().contentType("application/json").body("{\"siteRegion\": \"41\", \"asOf\": \"2024-10-01\"}")
                .post(RESHORING).then().statusCode(200).body("result.capitalRegion", equalTo(true));
    }

    @Test
    void batchWithValidAndInvalidCases() {
        given().contentType("application/json").body("""
                {"cases": [
                  {"companySize": "SME", "annualSalesKrw": 10000000000, "priorYearExportsUsd": 50000, "asOf": "2024-03-04"},
                  {"companySize": "GIANT"},
                  {"companySize": "SME", "sector": "GREEN", "asOf": "2024-03-04"},
                  {"program": "MOTIE_INDUSTRY", "companySize": "LARGE", "sector": "GREEN", "asOf": "2024-03-04"},
                  {"priorYearExportsUsd": -5}
                ]}""").post(VOUCHER + "/batch").then().statusCode(200)
                .body("results", hasSize(5))
                .body("results[0].result.totalVoucherKrw", equalTo(50000000))
                .body("results[1].status", equalTo(400))
                .body("results[1].errors[0].field", equalTo("companySize"))
                .body("results[2].status", equalTo(422))
                .body("results[2].errors[0].field", equalTo("sector"))
                .body("results[3].outcome", equalTo("NOT_ELIGIBLE"))
                .body("results[3].result.governmentCapKrw", nullValue())
                .body("results[4].errors[0].field", equalTo("priorYearExportsUsd"));
    }
}
