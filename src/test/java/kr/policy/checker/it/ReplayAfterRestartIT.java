package kr.policy.checker.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import kr.policy.checker.ruleset.RulesCopy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Contract §8.3 across a restart: a stored evaluation replays identically on its recorded rule set after the rule
 * files changed and the service started again. The first start borrows the test run's compiled rules (same build, so
 * the same cache keys) to start warm; before the second start every compiled reshoring-subsidy entry is deleted, so
 * the recorded version of that domain can only come back from the archive's text in the database, not from a
 * cached build.
 */
class ReplayAfterRestartIT {
    private static final Path JAR = Path.of("target/quarkus-app/quarkus-run.jar");
    private static final String ADMIN = "replay-test-admin-key";
    private static final String CAPS = "reshoring-subsidy/caps.xlsx";
    /** A capital-region strategic-technology case decided on 2024-08-30: the 200억 cap applies and binds. */
    private static final String CASE = """
            {"technology": "NATIONAL_ADVANCED_STRATEGIC", "siteRegion": "경기도", "requestedAmountKrw": 25000000000,
             "overseasYears": 3, "koreanControlPercent": 60, "overseasKsic": "C26110", "domesticKsic": "C26110",
             "asOf": "2024-10-01", "decisionDate": "2024-08-30"}""";
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final ObjectMapper json = new ObjectMapper();

    @TempDir
    Path temp;

    @Test
    void aStoredEvaluationReplaysIdenticallyAfterItsRulesChangedAndTheServiceRestarted() throws Exception {
        assertTrue(Files.exists(JAR), "package the application first (mvn verify does)");
        Path rules = RulesCopy.of(Files.createDirectories(temp.resolve("rules")));
        Path data = Files.createDirectories(temp.resolve("data"));
        borrowCompiledRules(data.resolve("rule-cache"));
        int port = PackagedService.freePort();

        JsonNode stored;
        Process first = start(port, rules, data, "first");
        try {
            PackagedService.awaitReady(http, port, first);
            stored = post(port, "/api/v1/evaluations/reshoring-subsidy", CASE);
        } finally {
            first.destroy();
            first.waitFor();
        }
        assertEquals("ELIGIBLE", stored.path("outcome").asText(), stored.toString());
        assertEquals(20_000_000_000L, stored.path("result").path("grantableAmountKrw").asLong(), stored.toString());
        String id = stored.path("evaluationId").asText();
        String recorded = stored.path("ruleSetVersion").asText();
        assertTrue(recorded.startsWith("sha256:"), stored.toString());

        // the capital-region cap from 2024-08-30, as an author changes it in the spreadsheet
        kr.policy.checker.ruleset.Sheets.edit(rules, CAPS, "C12", 15_000_000_000L);
        deleteDomainEntries(data.resolve("rule-cache"), "reshoring-subsidy");

        JsonNode replay;
        Process second = start(port, rules, data, "second");
        try {
            PackagedService.awaitReady(http, port, second);
            replay = post(port, "/api/v1/evaluations/" + id + "/replay", null);
        } finally {
            second.destroy();
            second.waitFor();
        }
        assertEquals(recorded, replay.path("recorded").path("ruleSetVersion").asText(), replay.toString());
        assertTrue(replay.path("replay").path("identical").asBoolean(), replay.toString());
        assertEquals(recorded, replay.path("replay").path("ruleSetVersion").asText(), replay.toString());
        assertNotEquals(recorded, replay.path("current").path("ruleSetVersion").asText(), replay.toString());
        JsonNode grantable = change(replay.path("current").path("changes"), "result.grantableAmountKrw");
        assertEquals(20_000_000_000L, grantable.path("recorded").asLong(), replay.toString());
        assertEquals(15_000_000_000L, grantable.path("current").asLong(), replay.toString());
    }

    /** The change at {@code path} among the replay's changes; fails naming them all when it is not there. */
    private static JsonNode change(JsonNode changes, String path) {
        for (JsonNode c : changes) {
            if (path.equals(c.path("path").asText())) {
                return c;
            }
        }
        throw new AssertionError("no change at " + path + " in " + changes);
    }

    /** POSTs with the admin key (so an evaluation is stored) and expects 200. */
    private JsonNode post(int port, String path, String body) throws IOException, InterruptedException {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .timeout(Duration.ofSeconds(60))
                .header("X-API-Key", ADMIN).header("Content-Type", "application/json")
                .POST(body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode(), path + ": " + r.body());
        return json.readTree(r.body());
    }

    private Process start(int port, Path rules, Path data, String name) throws IOException {
        return new ProcessBuilder("java", "-Xmx256m",
                "-Dquarkus.http.port=" + port,
                "-Dchecker.data.dir=" + data.toAbsolutePath(),
                "-Dchecker.rules.dir=" + rules.toAbsolutePath(),
                "-Dchecker.bootstrap.admin-api-key=" + ADMIN,
                "-Dchecker.clock.today=2024-05-10",
                "-jar", JAR.toString())
                .redirectErrorStream(true)
                .redirectOutput(temp.resolve(name + ".log").toFile())
                .start();
    }

    /** The surefire run's compiled rules (target/rule-cache), when there are any: a warm first start. */
    private static void borrowCompiledRules(Path cache) throws IOException {
        Path built = Path.of("target/rule-cache");
        Files.createDirectories(cache);
        if (!Files.isDirectory(built)) {
            return;
        }
        try (Stream<Path> entries = Files.list(built)) {
            for (Path entry : entries.filter(p -> p.toString().endsWith(".kjar")).toList()) {
                Files.copy(entry, cache.resolve(entry.getFileName()));
            }
        }
    }

    private static void deleteDomainEntries(Path cache, String domain) throws IOException {
        try (Stream<Path> entries = Files.list(cache)) {
            List<Path> domainEntries = entries.filter(p -> p.getFileName().toString().startsWith(domain + "-")).toList();
            assertTrue(!domainEntries.isEmpty(), "the first start left compiled " + domain + " rules in " + cache);
            for (Path p : domainEntries) {
                Files.delete(p);
            }
        }
    }
}
