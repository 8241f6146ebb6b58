package kr.policy.checker.history;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import kr.policy.checker.api.TestKeys;
import kr.policy.checker.archive.Activation;
import kr.policy.checker.archive.RuleSetArchive;
import kr.policy.checker.ruleset.RuleDirectory;
import kr.policy.checker.engine.RuleFile;
import kr.policy.checker.register.DailyReevaluation;
import org.junit.jupiter.api.Test;

/**
 * Contract §9 on one instance, the others played by the database: a version another instance reloaded is adopted
 * from the archive at the next poll; a desired version that does not compile here leaves this instance on what it
 * serves, saying why (and its daily job waits rather than judge on the old law). It ends on the version it began
 * with, so the tests after it see the rules as they are on disk.
 */
@QuarkusTest
class InstancesTest {
    /** The rules this instance started with; the others' versions are made from them in memory (files untouched). */
    private static final Path DIR = Path.of("rules");
    private static final String DRL = "permit-timeout/permit-timeout.drl";

    @Inject
    RuleSetArchive archive;
    @Inject
    RuleSetFollower follower;
    @Inject
    DailyReevaluation daily;

    @Test
    void aVersionReloadedElsewhereIsAdoptedAndOneThatDoesNotCompileIsReported() throws Exception {
        String v0 = given().get("/api/v1/rulesets").then().extract().path("version");
        String self = follower.instance();
        given().get("/api/v1/rulesets/instances").then().statusCode(401);
        given().header("X-API-Key", TestKeys.issue("PARTNER", "x")).get("/api/v1/rulesets/instances").then()
                .statusCode(403);
        given().header("X-API-Key", TestKeys.ADMIN).get("/api/v1/rulesets/instances").then().statusCode(200)
                .body("desired", equalTo(v0))
                .body("instances.find { it.instance == '" + self + "' }.version", equalTo(v0))
                .body("instances.find { it.instance == '" + self + "' }.self", equalTo(true));

        // another instance reloads 90 days: its version is in the archive and desired; this one adopts it
        List<RuleFile> files = RuleDirectory.read(DIR);
        List<RuleFile> longer = replace(files, DRL, "periods.expiry($c.requestDate(), 60,", "periods.expiry($c.requestDate(), 90,");
        String v1 = archive.keepFiles(longer);
        archive.desire(v1, "reload by another instance");
        assertEquals(v0, given().get("/api/v1/rulesets").then().extract().path("version"));
        follower.follow();
        given().get("/api/v1/rulesets").then().body("version", equalTo(v1));
        given().get("/q/health/ready").then().statusCode(200)
                .body("checks.find { it.name == 'rule-set' }.data.version", equalTo(v1))
                .body("checks.find { it.name == 'rule-set' }.data.instance", equalTo(self));
        // the adopted answers are the new law's: 90 days from 2024-03-04 (60 days: deemed on 05-04)
        given().contentType("application/json").body("""
                {"channel": "SPECIAL_COMPLEX", "permitType": "INDUSTRIAL_SITE", "requestDate": "2024-03-04"}""")
                .post("/api/v1/evaluations/permit-timeout").then().statusCode(200)
                .body("ruleSetVersion", equalTo(v1))
                .body("result.deemedProcessedDate", equalTo("2024-06-04"));
        assertTrue(QuarkusTransaction.requiringNew().call(() ->
                Activation.count("version = ?1 and kind = ?2", v1, Activation.Kind.ADOPTED)) == 1);

        // a desired version this build cannot compile: keep serving v1, say why; the daily job waits
        String clerk = TestKeys.issue("CLERK", "instances-org");
        String caseId = given().header("X-API-Key", clerk).contentType("application/json").body("""
                {"title": "t", "applicant": "a", "permittingAuthority": "p", "channel": "SPECIAL_COMPLEX",
                 "permitType": "INDUSTRIAL_SITE", "requestDate": "2024-04-25"}""")
                .post("/api/v1/permit-cases").then().statusCode(201).extract().path("id");
        String broken = archive.keepFiles(replace(files, DRL, "rule \"deemed processed\"", "rule \"deemed processed\" when when"));
        archive.desire(broken, "reload by an instance of another build");
        follower.follow();
        given().get("/api/v1/rulesets").then().body("version", equalTo(v1));
        given().header("X-API-Key", TestKeys.ADMIN).get("/api/v1/rulesets/instances").then()
                .body("desired", equalTo(broken))
                .body("instances.find { it.instance == '" + self + "' }.version", equalTo(v1))
                .body("instances.find { it.instance == '" + self + "' }.adoptError", containsString(broken));
        given().get("/q/health/ready").then().statusCode(200)
                .body("checks.find { it.name == 'rule-set' }.data.adoptError", containsString("cannot adopt"));
        assertEquals(0, daily.runOnce(LocalDate.parse("2024-05-13")), "no judging on a version that is not desired");
        given().header("X-API-Key", clerk).get("/api/v1/permit-cases/" + caseId).then()
                .body("events.size()", equalTo(0));

        // back to a version that compiles: adopted, the error gone
        archive.desire(v0, "reload back");
        follower.follow();
        given().get("/api/v1/rulesets").then().body("version", equalTo(v0));
        given().header("X-API-Key", TestKeys.ADMIN).get("/api/v1/rulesets/instances").then()
                .body("instances.find { it.instance == '" + self + "' }.adoptError", equalTo(null));
        assertNotEquals(v0, v1);
    }

    private static List<RuleFile> replace(List<RuleFile> files, String path, String from, String to) {
        List<RuleFile> out = new ArrayList<>();
        for (RuleFile f : files) {
            if (f.path().equals(path)) {
                assertTrue(f.text().contains(from), from);
                out.add(new RuleFile(path, f.text().replace(from, to).getBytes(StandardCharsets.UTF_8)));
            } else {
                out.add(f);
            }
        }
        return out;
    }
}
