package kr.policy.checker.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import kr.policy.checker.ruleset.RulesCopy;
import org.junit.jupiter.api.Test;

/** POST /api/v1/rulesets/reload against an editable copy of the rules: a good edit, then a broken one. */
@QuarkusTest
@TestProfile(RuleReloadTest.EditableRules.class)
class RuleReloadTest {
    static final Path DIR = RulesCopy.temporary();
    private static final String DRL = "permit-timeout/permit-timeout.drl";
    private static final String CASE = """
            {"channel": "SPECIAL_COMPLEX", "permitType": "INDUSTRIAL_SITE", "requestDate": "2024-03-04",
             "asOf": "2024-04-01"}""";

    public static class EditableRules implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("checker.rules.dir", DIR.toString());
        }
    }

    @Test
    void aChangedValueChangesTheAnswerAndABrokenFileChangesNothing() {
        String v1 = given().get("/api/v1/rulesets").then().extract().path("version");
        deemedDate(v1, "2024-05-04");

        // an operator lengthens the backstop in rules/ and reloads: no rebuild, new answers
        // (61 days end on Saturday 05-04; Sunday and the 05-06 substitute holiday move it to 05-07)
        RulesCopy.edit(DIR, DRL, "periods.expiry($c.requestDate(), 60,", "periods.expiry($c.requestDate(), 61,");
        String v2 = given().header("X-API-Key", "test-admin-key").post("/api/v1/rulesets/reload").then()
                .statusCode(200).body("version", not(equalTo(v1))).extract().path("version");
        deemedDate(v2, "2024-05-08");

        // a broken file is refused with file, line and message; the previous set keeps answering
        RulesCopy.edit(DIR, DRL, "rule \"deemed processed\"", "rule \"deemed processed\" when when");
        given().header("X-API-Key", "test-admin-key").header("Accept-Language", "en")
                .post("/api/v1/rulesets/reload").then()
                .statusCode(422)
                .contentType("application/problem+json")
                .body("type", equalTo("/problems/rule-set-invalid"))
                .body("errors[0].file", equalTo(DRL))
                .body("errors[0].line", greaterThan(0))
                .body("errors[0].message", not(equalTo("")))
                .body("detail", containsString("previous rule set"));
        given().get("/api/v1/rulesets").then().body("version", equalTo(v2));
        deemedDate(v2, "2024-05-08");
        // both reloads are in the security audit, the refused one with its first error
        given().header("X-API-Key", "test-admin-key").get("/api/v1/admin/audit?action=RULES_RELOADED").then()
                .body("items.target", org.hamcrest.Matchers.hasItem(v2));
        given().header("X-API-Key", "test-admin-key").get("/api/v1/admin/audit?action=RULES_RELOAD_REFUSED").then()
                .body("items[0].detail", containsString(DRL));

        // a decision table's rules are listed by their cell; a broken cell is refused by file and cell on reload
        RulesCopy.edit(DIR, DRL, "rule \"deemed processed\" when when", "rule \"deemed processed\"");
        given().get("/api/v1/rulesets").then()
                .body("domains.find { it.domain == 'reshoring-subsidy' }.rules"
                        + ".find { it.name == 'cap from 2024-08-30: capital region' }.cell", equalTo("caps.xlsx!A12"))
                .body("domains.find { it.domain == 'reshoring-subsidy' }.rules"
                        + ".find { it.name == 'cap from 2024-08-30: capital region' }.file",
                        equalTo("reshoring-subsidy/caps.xlsx"));
        kr.policy.checker.ruleset.Sheets.edit(DIR, "reshoring-subsidy/caps.xlsx", "C12", "150억");
        given().header("X-API-Key", "test-admin-key").header("Accept-Language", "en")
                .post("/api/v1/rulesets/reload").then()
                .statusCode(422)
                .body("errors[0].file", equalTo("reshoring-subsidy/caps.xlsx"))
                .body("errors[0].message", containsString("caps.xlsx!C12"));
        given().get("/api/v1/rulesets").then().body("version", equalTo(v2));
    }

    /**
     * Contract §14: a rule that would write a file when any permit case is evaluated is refused by file and line, on
     * a reload from disk and as a simulation candidate (which would evaluate every example), and never runs.
     */
    @Test
    void ruleCodeThatEscapesIsRefusedOnReloadAndInASimulationAndNeverRuns() throws Exception {
        Path marker = Files.createTempDirectory("rule-escape").resolve("written-by-a-rule");
        String escape = "\nrule \"escape\"\n    @legalBasis(\"국가첨단전략산업법 제19조\") @source(\"advanced-industry-act\")"
                + " @message(\"period.timeout\")\nwhen\n    PermitTimeoutCase()\nthen\n"
                + "    java.nio.file.Files.writeString(java.nio.file.Path.of(\"" + marker + "\"), \"ran\");\nend\n";
        RulesCopy.of(DIR);
        String version = given().header("X-API-Key", "test-admin-key").post("/api/v1/rulesets/reload").then()
                .statusCode(200).extract().path("version");
        String drl = Files.readString(DIR.resolve(DRL)) + escape;
        int line = drl.split("\n", -1).length - 2;
        Files.writeString(DIR.resolve(DRL), drl);
        try {
            given().header("X-API-Key", "test-admin-key").header("Accept-Language", "en")
                    .post("/api/v1/rulesets/reload").then()
                    .statusCode(422)
                    .body("errors[0].file", equalTo(DRL))
                    .body("errors[0].line", equalTo(line))
                    .body("errors[0].message", containsString("the type java.nio.file.Files is not allowed"));
            given().header("X-API-Key", TestKeys.ADMIN).contentType("application/json")
                    .body(Map.of("changes", Map.of(DRL, drl),
                            "scope", Map.of("registers", false, "evaluations", false, "examples", true)))
                    .post("/api/v1/rulesets/simulations").then()
                    .statusCode(422)
                    .body("errors[0].file", equalTo(DRL))
                    .body("errors[0].line", equalTo(line));
            deemedDate(version, "2024-05-04");
            assertFalse(Files.exists(marker), "the refused rule ran");
        } finally {
            RulesCopy.of(DIR);
        }
    }

    private static void deemedDate(String version, String expected) {
        given().contentType("application/json").body(CASE).post("/api/v1/evaluations/permit-timeout").then()
                .statusCode(200)
                .body("ruleSetVersion", equalTo(version))
                .body("result.deemedProcessedDate", equalTo(expected));
    }
}
