package kr.policy.checker.history;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import kr.policy.checker.api.TestKeys;
import kr.policy.checker.ruleset.RulesCopy;
import kr.policy.checker.ruleset.Sheets;
import kr.policy.checker.notify.WebhookDispatcher;
import kr.policy.checker.notify.WebhookReceiver;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Contract §8 end to end on an editable copy of the rules: the archive, a simulation of a lower capital-region cap
 * and a longer time-out over stored evaluations and register cases, a broken candidate, replay, diff, and a reload
 * that re-judges an open case at once and sends its webhook. The steps build on each other, in order.
 */
@QuarkusTest
@TestProfile(RuleSetHistoryTest.EditableRules.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class RuleSetHistoryTest {
    static final Path DIR = RulesCopy.temporary();
    static final String PERMIT_DRL = "permit-timeout/permit-timeout.drl";
    static final String CAPS = "reshoring-subsidy/caps.xlsx";
    /** The cell of the capital-region cap from 2024-08-30 (200억 원) in caps.xlsx. */
    static final String CAPITAL_CAP_CELL = "C12";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String ORG = "history-" + UUID.randomUUID();
    private static final Map<String, String> ids = new HashMap<>();
    private static String v0;

    public static class EditableRules implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("checker.rules.dir", DIR.toString());
        }
    }

    @Inject
    WebhookDispatcher dispatcher;

    @Test
    @Order(1)
    void theVersionInServiceIsArchivedWithItsExactFiles() throws Exception {
        v0 = given().get("/api/v1/rulesets").then().extract().path("version");
        given().get("/api/v1/rulesets/versions").then().statusCode(401);
        String partner = TestKeys.issue("PARTNER", ORG);
        JsonPath list = given().header("X-API-Key", partner).get("/api/v1/rulesets/versions").then().statusCode(200)
                .extract().jsonPath();
        assertEquals(v0, list.getString("items[0].version"));
        assertEquals(true, list.getBoolean("items[0].inService"));
        assertTrue(list.get("items[0].loadedBy") == null, "put in service by the start, not by an admin");
        int files;
        try (var walk = Files.walk(DIR)) {
            files = (int) walk.filter(Files::isRegularFile).count();
        }
        assertEquals(files, list.getInt("items[0].files"));

        byte[] onDisk = Files.readAllBytes(DIR.resolve(PERMIT_DRL));
        given().header("X-API-Key", partner).get("/api/v1/rulesets/versions/" + v0).then().statusCode(200)
                .body("files.find { it.path == '" + PERMIT_DRL + "' }.bytes", equalTo(onDisk.length))
                .body("domains.domain", hasItem("permit-timeout"));
        byte[] archived = given().header("X-API-Key", partner).get("/api/v1/rulesets/versions/" + v0 + "/files/"
                + PERMIT_DRL).then().statusCode(200).contentType(startsWith("text/plain")).extract().asByteArray();
        assertArrayEquals(onDisk, archived);
        given().header("X-API-Key", partner).get("/api/v1/rulesets/versions/sha256:" + "0".repeat(64))
                .then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    @Order(2)
    void aSimulationFindsExactlyTheCasesAndAmountsThatMove() throws Exception {
        String partner = TestKeys.issue("PARTNER", ORG);
        String clerk = TestKeys.issue("CLERK", ORG);
        // stored evaluations of reshoring: capital region above and below the new cap, outside it, before 2024-08-30
        ids.put("capitalAbove", reshoring(partner, "경기도", 25_000_000_000L, "2024-08-30"));
        ids.put("capitalBelow", reshoring(partner, "서울", 10_000_000_000L, "2024-09-02"));
        ids.put("outside", reshoring(partner, "충청남도", 25_000_000_000L, "2024-08-30"));
        ids.put("before", reshoring(partner, "경기도", 25_000_000_000L, "2024-05-02"));
        // register cases: deemed processed on 05-04 with 60 days; deeming scheduled for 06-20; a review
        ids.put("deemed", permitCase(clerk, "2024-03-04"));
        ids.put("scheduled", permitCase(clerk, "2024-04-20"));
        ids.put("review", given().header("X-API-Key", clerk).contentType("application/json").body("""
                {"title": "규제 검토", "applicant": "a", "permittingAuthority": "p",
                 "track": "FIRM_REQUEST", "startDate": "2024-04-22"}""").post("/api/v1/regulation-reviews")
                .then().statusCode(201).extract().path("id"));

        String permit = Files.readString(DIR.resolve(PERMIT_DRL));
        // the cap as an author changes it: one cell of the spreadsheet, sent as base64 (contract §8.4)
        byte[] caps = Sheets.withCell(Files.readAllBytes(DIR.resolve(CAPS)), CAPITAL_CAP_CELL, 15_000_000_000L);
        Map<String, Object> changes = Map.of(
                PERMIT_DRL, replaceOnce(permit, "periods.expiry($c.requestDate(), 60,", "periods.expiry($c.requestDate(), 90,"),
                CAPS, Map.of("base64", java.util.Base64.getEncoder().encodeToString(caps)));
        JsonPath started = given().header("X-API-Key", TestKeys.ADMIN).contentType("application/json")
                .body(Map.of("changes", changes, "scope", Map.of("examples", true)))
                .post("/api/v1/rulesets/simulations").then().statusCode(202)
                .header("Location", org.hamcrest.Matchers.containsString("/api/v1/rulesets/simulations/"))
                .body("base", equalTo(v0)).body("candidate", not(equalTo(v0)))
                .extract().jsonPath();
        String id = started.getString("id");
        given().header("X-API-Key", TestKeys.ADMIN).get("/api/v1/admin/audit?action=SIMULATION_STARTED").then()
                .body("items.find { it.target == '" + id + "' }.detail", org.hamcrest.Matchers.containsString(CAPS));
        JsonPath done = awaitDone(id);
        int examples;
        try (var walk = Files.walk(Path.of("examples"))) {
            examples = (int) walk.filter(p -> p.toString().endsWith(".json")).count();
        }
        // 4 evaluations, 3 cases, the 3 evaluations their creation stored, and the examples
        assertEquals(4 + 3 + 3 + examples, done.getInt("evaluated"));
        assertEquals(done.getInt("progress.total"), done.getInt("progress.done"));

        Map<String, JsonNode> changed = changedItems(id);
        // the amounts that move: only the capital-region cap from 2024-08-30 and what follows from it
        assertEquals(List.of("result.capKrw", "result.capKrwDisplay", "result.grantableAmountKrw",
                        "result.grantableAmountKrwDisplay"),
                paths(changed.get(ids.get("capitalAbove"))));
        assertEquals(20_000_000_000L, change(changed.get(ids.get("capitalAbove")), "result.grantableAmountKrw").get("base").asLong());
        assertEquals(15_000_000_000L, change(changed.get(ids.get("capitalAbove")), "result.grantableAmountKrw").get("candidate").asLong());
        assertEquals(List.of("result.capKrw", "result.capKrwDisplay"), paths(changed.get(ids.get("capitalBelow"))),
                "10 billion requested stays grantable under a 15 billion cap");
        assertTrue(!changed.containsKey(ids.get("outside")) && !changed.containsKey(ids.get("before")),
                "outside the capital region, and before 2024-08-30, nothing moves");
        assertTrue(!changed.containsKey(ids.get("review")), "the review's rules did not change");
        // 90 days: the case deemed on 05-04 is not yet; the scheduled one moves its date
        JsonNode deemed = changed.get(ids.get("deemed"));
        assertEquals("DEEMED_PROCESSED", deemed.at("/base/outcome").asText());
        assertEquals("DEEMING_SCHEDULED", deemed.at("/candidate/outcome").asText());
        assertEquals("PERMIT_CASE", deemed.get("source").asText());
        JsonNode scheduled = changed.get(ids.get("scheduled"));
        assertEquals("DEEMING_SCHEDULED", scheduled.at("/candidate/outcome").asText());
        assertEquals("2024-06-20", change(scheduled, "result.deemedProcessedDate").get("base").asText());
        assertNotEquals("2024-06-20", change(scheduled, "result.deemedProcessedDate").get("candidate").asText());

        // the summary counts those transitions; the examples that move are among the changed items
        assertTrue(done.getList("transitions").stream().anyMatch(t -> t.toString().contains("from=DEEMED_PROCESSED")
                && t.toString().contains("to=DEEMING_SCHEDULED")), done.prettify());
        assertTrue(done.getList("rules").size() > 0, "rules whose firing changed");
        // exactly the reshoring examples that the capital-region cap from 2024-08-30 decides move, and no other
        java.util.Set<String> moved = new java.util.TreeSet<>();
        changed.values().stream().filter(i -> i.get("source").asText().equals("EXAMPLE")
                && i.get("ref").asText().startsWith("reshoring-subsidy/")).forEach(i -> moved.add(i.get("ref").asText()));
        assertEquals(examplesCappedAt(20_000_000_000L), moved);

        // the CSV has the same rows, with a BOM
        String csv = given().header("X-API-Key", TestKeys.ADMIN).accept("text/csv")
                .get("/api/v1/rulesets/simulations/" + id + "/items?changed=true").then().statusCode(200)
                .extract().asString();
        assertTrue(csv.startsWith("\uFEFFsource,ref,domain"), csv.substring(0, 40));
        assertEquals(changed.size() + 1, csv.strip().split("\n").length);

        // nothing in service changed: the rules, the cases and the stored evaluations
        given().get("/api/v1/rulesets").then().body("version", equalTo(v0));
        given().header("X-API-Key", clerk).get("/api/v1/permit-cases/" + ids.get("deemed")).then()
                .body("evaluation.outcome", equalTo("DEEMED_PROCESSED"));
        // the candidate is archived, not in service
        given().header("X-API-Key", partner).get("/api/v1/rulesets/versions").then()
                .body("items.find { it.version == '" + done.getString("candidate") + "' }.candidate", equalTo(true))
                .body("items.find { it.version == '" + done.getString("candidate") + "' }.inService", equalTo(false));
        given().header("X-API-Key", TestKeys.ADMIN).delete("/api/v1/rulesets/simulations/" + id).then().statusCode(409);
        given().header("X-API-Key", partner).get("/api/v1/rulesets/simulations/" + id).then().statusCode(403);
    }

    @Test
    @Order(3)
    void aBrokenCandidateIsRefusedByFileAndLineAndChangesNothing() {
        long before = given().header("X-API-Key", TestKeys.ADMIN).get("/api/v1/rulesets/versions").then()
                .extract().jsonPath().getLong("total");
        int simulations = given().header("X-API-Key", TestKeys.ADMIN).get("/api/v1/rulesets/simulations").then()
                .extract().jsonPath().getList("$").size();
        given().header("X-API-Key", TestKeys.ADMIN).header("Accept-Language", "en").contentType("application/json")
                .body(Map.of("changes", Map.of(PERMIT_DRL, "package x;\nrule \"broken\" when when then end\n")))
                .post("/api/v1/rulesets/simulations").then().statusCode(422)
                .contentType("application/problem+json")
                .body("type", equalTo("/problems/rule-set-invalid"))
                .body("errors[0].file", equalTo(PERMIT_DRL))
                .body("errors[0].line", greaterThan(0));
        given().header("X-API-Key", TestKeys.ADMIN).contentType("application/json")
                .body("{\"changes\": {\"../etc/passwd\": \"x\"}, \"scope\": {\"evaluationsFrom\": \"2024-02-30\"}}")
                .post("/api/v1/rulesets/simulations").then().statusCode(400)
                .body("errors.field", hasItem("changes.../etc/passwd"))
                .body("errors.field", hasItem("scope.evaluationsFrom"));
        given().header("X-API-Key", TestKeys.ADMIN).get("/api/v1/rulesets/versions").then()
                .body("total", equalTo((int) before));
        // bad query parameters are named, not a server error
        given().header("X-API-Key", TestKeys.ADMIN).get("/api/v1/rulesets/versions?page=abc&size=0").then()
                .statusCode(400).body("errors.field", hasItem("page")).body("errors.field", hasItem("size"));
        given().header("X-API-Key", TestKeys.ADMIN).get("/api/v1/permit-cases?page=x").then()
                .statusCode(400).body("errors[0].field", equalTo("page"));
        given().header("X-API-Key", TestKeys.ADMIN).get("/api/v1/rulesets/simulations").then()
                .body("size()", equalTo(simulations));
    }

    @Test
    @Order(4)
    void aReloadArchivesReJudgesTheOpenCasesAndSendsTheirWebhooks() throws Exception {
        try (WebhookReceiver receiver = new WebhookReceiver(200)) {
            String partner = TestKeys.issue("PARTNER", ORG);
            given().header("X-API-Key", partner).contentType("application/json")
                    .body("{\"url\": \"" + receiver.url() + "\", \"events\": [\"permit-case.deemed-processed\"], "
                            + "\"secret\": \"0123456789abcdef-secret\"}")
                    .post("/api/v1/webhooks").then().statusCode(201);
            // 30 days from 04-20 have passed by 05-10: the scheduled case is deemed processed under the new law
            RulesCopy.edit(DIR, PERMIT_DRL, "periods.expiry($c.requestDate(), 60,", "periods.expiry($c.requestDate(), 15,");
            String v1 = given().header("X-API-Key", TestKeys.ADMIN).post("/api/v1/rulesets/reload").then()
                    .statusCode(200).extract().path("version");
            assertNotEquals(v0, v1);
            String clerk = TestKeys.issue("CLERK", ORG);
            await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                    given().header("X-API-Key", clerk).get("/api/v1/permit-cases/" + ids.get("scheduled")).then()
                            .body("evaluation.outcome", equalTo("DEEMED_PROCESSED"))
                            .body("events.type", hasItem("OUTCOME_CHANGED")));
            dispatcher.deliverDue();
            assertEquals(1, receiver.received.size(), "one webhook: the case that changed");
            JsonNode body = JSON.readTree(receiver.received.get(0).body());
            assertEquals(ids.get("scheduled"), body.get("caseId").asText());
            assertEquals("DEEMING_SCHEDULED", body.get("previousOutcome").asText());
            assertEquals(v1, body.get("ruleSetVersion").asText());
            // archived with the admin who loaded it
            given().header("X-API-Key", partner).get("/api/v1/rulesets/versions").then()
                    .body("items[0].version", equalTo(v1)).body("items[0].inService", equalTo(true))
                    .body("items[0].loadedBy.organization", not(equalTo(null)));
            // the difference names the file and the rule
            given().header("X-API-Key", partner).get("/api/v1/rulesets/diff?from=" + v0 + "&to=" + v1).then()
                    .statusCode(200)
                    .body("files.size()", equalTo(1))
                    .body("files[0].path", equalTo(PERMIT_DRL))
                    .body("files[0].change", equalTo("MODIFIED"))
                    .body("files[0].diff", startsWith("--- a/" + PERMIT_DRL))
                    .body("rules.size()", equalTo(1))
                    .body("holidays.size()", equalTo(0));
            given().header("X-API-Key", partner).get("/api/v1/rulesets/diff?from=" + v0 + "&to=nope").then()
                    .statusCode(400).body("errors[0].field", equalTo("to"));
        }
    }

    @Test
    @Order(5)
    void aStoredEvaluationReplaysIdenticallyOnItsVersionAndShowsWhatTheNewOneChanges() {
        // the reshoring rules are unchanged since v0; permit-timeout's 60 days became 15
        String partner = TestKeys.issue("PARTNER", ORG);
        String id = given().header("X-API-Key", partner).contentType("application/json").body("""
                {"channel": "SPECIAL_COMPLEX", "permitType": "INDUSTRIAL_SITE", "requestDate": "2024-03-04",
                 "asOf": "2024-03-20"}""").post("/api/v1/evaluations/permit-timeout").then().statusCode(200)
                .extract().path("evaluationId");
        String recorded = given().header("X-API-Key", partner).get("/api/v1/evaluations/" + id).then()
                .extract().path("ruleSetVersion");
        given().header("X-API-Key", partner).post("/api/v1/evaluations/" + id + "/replay").then().statusCode(200)
                .body("replay.identical", equalTo(true))
                .body("current.ruleSetVersion", equalTo(recorded))
                .body("current.changes.size()", equalTo(0));
        // an evaluation recorded on v0 replays on v0 (from the archive) and differs today
        String old = ids.get("capitalAbove");
        given().header("X-API-Key", partner).post("/api/v1/evaluations/" + old + "/replay").then().statusCode(200)
                .body("recorded.ruleSetVersion", equalTo(v0))
                .body("replay.ruleSetVersion", equalTo(v0))
                .body("replay.identical", equalTo(true));
        given().header("X-API-Key", TestKeys.issue("PARTNER", "someone-else")).post("/api/v1/evaluations/" + old
                + "/replay").then().statusCode(404);
    }

    @Test
    @Order(6)
    void oneSimulationRunsAtATimeAndACancelledOneStops() {
        String partner = TestKeys.issue("PARTNER", ORG);
        StringBuilder cases = new StringBuilder("{\"cases\": [");
        for (int i = 0; i < 3000; i++) {
            cases.append(i == 0 ? "" : ",").append("""
                    {"channel": "SPECIAL_COMPLEX", "permitType": "INDUSTRIAL_SITE", "requestDate": "2024-03-04"}""");
        }
        for (int batch = 0; batch < 2; batch++) {
            given().header("X-API-Key", partner).contentType("application/json").body(cases + "]}")
                    .post("/api/v1/evaluations/permit-timeout/batch").then().statusCode(200);
        }
        String body = "{\"changes\": {}, \"scope\": {\"registers\": false}}";
        String first = given().header("X-API-Key", TestKeys.ADMIN).contentType("application/json").body(body)
                .post("/api/v1/rulesets/simulations").then().statusCode(202).extract().path("id");
        given().header("X-API-Key", TestKeys.ADMIN).header("Accept-Language", "en").contentType("application/json")
                .body(body).post("/api/v1/rulesets/simulations").then().statusCode(409)
                .body("detail", org.hamcrest.Matchers.containsString(first));
        given().header("X-API-Key", TestKeys.ADMIN).delete("/api/v1/rulesets/simulations/" + first).then()
                .statusCode(200).body("status", equalTo("CANCELLED"));
        // the run stops at its next page and frees the instance for the next simulation (a small one)
        String small = "{\"changes\": {}, \"scope\": {\"registers\": false, \"evaluationsFrom\": \"2099-01-01\"}}";
        String next = await().atMost(Duration.ofSeconds(30)).until(() -> given().header("X-API-Key", TestKeys.ADMIN)
                .contentType("application/json").body(small).post("/api/v1/rulesets/simulations")
                .then().extract().response(), r -> r.statusCode() == 202).path("id");
        JsonPath cancelled = given().header("X-API-Key", TestKeys.ADMIN).get("/api/v1/rulesets/simulations/" + first)
                .then().body("status", equalTo("CANCELLED")).extract().jsonPath();
        assertTrue(cancelled.getInt("progress.done") < cancelled.getInt("progress.total"), cancelled.prettify());
        awaitDone(next);
    }

    /** Waits for a simulation to end, and its view, which must say DONE. */
    static JsonPath awaitDone(String id) {
        await().atMost(Duration.ofSeconds(60)).until(() -> !given().header("X-API-Key", TestKeys.ADMIN)
                .get("/api/v1/rulesets/simulations/" + id).then().extract().path("status").equals("RUNNING"));
        return given().header("X-API-Key", TestKeys.ADMIN).get("/api/v1/rulesets/simulations/" + id).then()
                .statusCode(200).body("status", equalTo("DONE")).extract().jsonPath();
    }

    /** The changed items by ref, every page. */
    private static Map<String, JsonNode> changedItems(String id) throws Exception {
        Map<String, JsonNode> out = new HashMap<>();
        for (int page = 0; ; page++) {
            JsonNode body = JSON.readTree(given().header("X-API-Key", TestKeys.ADMIN)
                    .get("/api/v1/rulesets/simulations/" + id + "/items?changed=true&size=50&page=" + page)
                    .then().statusCode(200).extract().asString());
            body.get("items").forEach(i -> out.put(i.get("ref").asText(), i));
            if (body.get("items").size() < 50) {
                return out;
            }
        }
    }

    private static List<String> paths(JsonNode item) {
        assertTrue(item != null, "expected a changed item");
        java.util.List<String> paths = new java.util.ArrayList<>();
        item.get("changes").forEach(c -> paths.add(c.get("path").asText()));
        return paths.stream().sorted().toList();
    }

    private static JsonNode change(JsonNode item, String path) {
        for (JsonNode c : item.get("changes")) {
            if (c.get("path").asText().equals(path)) {
                return c;
            }
        }
        throw new AssertionError(path + " did not change: " + item);
    }

    private static String reshoring(String key, String region, long amount, String decisionDate) {
        return given().header("X-API-Key", key).contentType("application/json").body("""
                {"technology": "NATIONAL_ADVANCED_STRATEGIC", "siteRegion": "%s", "requestedAmountKrw": %d,
                 "overseasYears": 3, "koreanControlPercent": 60, "overseasKsic": "C26110", "domesticKsic": "C26110",
                 "asOf": "2024-10-01", "decisionDate": "%s"}""".formatted(region, amount, decisionDate))
                .post("/api/v1/evaluations/reshoring-subsidy").then().statusCode(200)
                .body("outcome", equalTo("ELIGIBLE")).extract().path("evaluationId");
    }

    private static String permitCase(String key, String requestDate) {
        return given().header("X-API-Key", key).contentType("application/json").body("""
                {"title": "t %s", "applicant": "a", "permittingAuthority": "p", "channel": "SPECIAL_COMPLEX",
                 "permitType": "INDUSTRIAL_SITE", "requestDate": "%s"}""".formatted(requestDate, requestDate))
                .post("/api/v1/permit-cases").then().statusCode(201).extract().path("id");
    }

    private static String replaceOnce(String text, String from, String to) {
        assertTrue(text.contains(from), from);
        return text.replace(from, to);
    }

    /** The reshoring examples whose answer today applies a cap of this amount (their paths under examples/). */
    private static java.util.Set<String> examplesCappedAt(long cap) throws Exception {
        java.util.Set<String> out = new java.util.TreeSet<>();
        ObjectMapper json = new ObjectMapper();
        try (var files = Files.list(Path.of("examples", "reshoring-subsidy"))) {
            for (Path f : files.sorted().toList()) {
                JsonNode input = json.readTree(f.toFile()).get("input");
                io.restassured.response.Response r = given().contentType("application/json").body(input.toString())
                        .post("/api/v1/evaluations/reshoring-subsidy");
                Object applied = r.statusCode() == 200 ? r.jsonPath().get("result.capKrw") : null;
                if (applied instanceof Number n && n.longValue() == cap) {
                    out.add("reshoring-subsidy/" + f.getFileName());
                }
            }
        }
        org.junit.jupiter.api.Assertions.assertFalse(out.isEmpty(), "some example applies that cap");
        return out;
    }
}
