package kr.policy.checker.api;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Contract §15: the series at /q/metrics, counted from known evaluations. */
@QuarkusTest
class MetricsTest {
    private static final String CASE = """
            {"channel": "SPECIAL_COMPLEX", "permitType": "INDUSTRIAL_SITE", "requestDate": "2024-03-04",
             "asOf": "2024-04-01"}""";
    private static final String DOMAIN = "permit-timeout";

    @Test
    void evaluationsAreCountedByDomainAndOutcomeAndTimed() {
        String outcome = given().contentType("application/json").body(CASE)
                .post("/api/v1/evaluations/" + DOMAIN).then().statusCode(200).extract().path("outcome");
        String before = metrics();
        for (int i = 0; i < 3; i++) {
            given().contentType("application/json").body(CASE).post("/api/v1/evaluations/" + DOMAIN).then()
                    .statusCode(200);
        }
        // a keyed one is counted the same way, and stored through a group commit
        given().header("X-API-Key", TestKeys.ADMIN).contentType("application/json").body(CASE)
                .post("/api/v1/evaluations/" + DOMAIN).then().statusCode(200);
        // a case answered with a problem is counted as PROBLEM
        given().contentType("application/json").body("{\"channel\": \"SPECIAL_COMPLEX\"}")
                .post("/api/v1/evaluations/" + DOMAIN).then().statusCode(400);
        String after = metrics();

        String answered = "checker_evaluations_total{domain=\"" + DOMAIN + "\",outcome=\"" + outcome + "\"}";
        assertEquals(4.0, value(after, answered) - count(before, answered), answered);
        String problems = "checker_evaluations_total{domain=\"" + DOMAIN + "\",outcome=\"PROBLEM\"}";
        assertEquals(1.0, value(after, problems) - count(before, problems), problems);
        String timed = "checker_evaluation_seconds_count{domain=\"" + DOMAIN + "\"}";
        assertEquals(5.0, value(after, timed) - count(before, timed), timed);
        assertTrue(after.contains("checker_evaluation_seconds_bucket{domain=\"" + DOMAIN + "\",le=\"0.001\"}"));
        assertTrue(value(after, "checker_group_commit_size_count") >= 1.0);
    }

    @Test
    void theRuleSetInServiceItsHorizonsAndTheBackgroundWorkAreSeries() {
        String version = given().get("/api/v1/rulesets").then().extract().path("version");
        String text = metrics();
        assertEquals(1.0, value(text, "checker_rule_set_info{version=\"" + version + "\"}"));
        // the horizon in days from the one clock (pinned in tests), per domain
        assertTrue(value(text, "checker_rule_horizon_days{domain=\"" + DOMAIN + "\"}") > 0);
        for (String series : new String[] {"checker_rule_set_adoption_errors_total", "checker_daily_job_runs_total",
                "checker_daily_job_failures_total", "checker_daily_job_last_success_seconds",
                "checker_webhook_deliveries_pending", "checker_webhook_deliveries_sent_total",
                "checker_webhook_deliveries_failed_total", "checker_webhook_oldest_pending_seconds",
                "checker_simulations_running", "checker_rate_limit_refusals_total{kind=\"address\"}",
                "checker_rate_limit_refusals_total{kind=\"key\"}"}) {
            value(text, series);
        }
        // no id or key in any label
        assertTrue(!text.contains(TestKeys.ADMIN));
    }

    private static String metrics() {
        return given().get("/q/metrics").then().statusCode(200).extract().asString();
    }

    /** A counter's value before the calls: a series not written yet has counted nothing. */
    private static double count(String text, String series) {
        return text.contains(series + " ") ? value(text, series) : 0;
    }

    /** The value of one series, as Prometheus writes it: the name with its labels, a space, the number. */
    static double value(String text, String series) {
        Matcher m = Pattern.compile("^" + Pattern.quote(series) + "(?:\\{[^}]*})? ([0-9.eE+-]+|NaN)$",
                Pattern.MULTILINE).matcher(text);
        if (!m.find()) {
            throw new AssertionError("no series " + series + " in /q/metrics");
        }
        return Double.parseDouble(m.group(1));
    }
}
