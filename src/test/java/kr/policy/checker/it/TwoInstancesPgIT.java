package kr.policy.checker.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import kr.policy.checker.ruleset.RulesCopy;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Contract §9 with real processes: two packaged instances (the PostgreSQL build, target/pg-app) on one database,
 * HAProxy in front sending requests round robin. A reload through the proxy reaches both within 10 s; a clerk signed
 * in through the proxy stays signed in whichever instance answers, and after both restart; both instances run the
 * daily job on the day a case is deemed, and it is deemed once, with one event and one webhook delivery; a partner's
 * 1,000 calls a minute from one address pass while anonymous calls over the address limit get 429.
 */
class TwoInstancesPgIT {
    private static final Path JAR = Path.of("target/pg-app/quarkus-run.jar");
    private static final String ADMIN = "two-instances-admin-key";
    private static final String DB = "checker_two_instances";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String DRL = "permit-timeout/permit-timeout.drl";

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final List<Process> processes = new ArrayList<>();

    @TempDir
    Path dir;

    @AfterEach
    void stop() throws InterruptedException {
        PackagedService.stopAll(processes);
    }

    @Test
    void twoInstancesBehindAProxyActAsOne() throws Exception {
        assertTrue(Files.exists(JAR), "build the PostgreSQL flavour first: mvn package -DskipTests "
                + "-Dquarkus.profile=pg -Dquarkus.package.output-directory=pg-app -Dpackage.directory=pg-app");
        PgDatabase.fresh(DB);
        Path rules = RulesCopy.of(dir.resolve("rules"));
        List<String> received = new CopyOnWriteArrayList<>();
        HttpServer hook = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        hook.createContext("/hook", ex -> {
            received.add(new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            ex.sendResponseHeaders(200, -1);
            ex.close();
        });
        hook.start();
        try {
            int a = PackagedService.freePort();
            int b = PackagedService.freePort();
            Process instanceA = start("a", a, rules, "2024-05-10");
            PackagedService.awaitReady(http, a, instanceA);
            Process instanceB = start("b", b, rules, "2024-05-10");
            PackagedService.awaitReady(http, b, instanceB);
            int proxy = proxy(a, b);
            String lb = "http://127.0.0.1:" + proxy;

            // one reload through the proxy reaches both instances within 10 s
            String v0 = field(get(lb + "/api/v1/rulesets", null), "version");
            RulesCopy.edit(rules, DRL, "periods.expiry($c.requestDate(), 60,", "periods.expiry($c.requestDate(), 61,");
            HttpResponse<String> reload = send(post(lb + "/api/v1/rulesets/reload", ADMIN, ""));
            assertEquals(200, reload.statusCode(), reload.body());
            String v1 = field(reload.body(), "version");
            assertTrue(!v1.equals(v0));
            Instant deadline = Instant.now().plusSeconds(10);
            while (!(version(a).equals(v1) && version(b).equals(v1))) {
                assertTrue(Instant.now().isBefore(deadline), "both on " + v1 + " within 10 s: a " + version(a)
                        + ", b " + version(b));
                Thread.sleep(200);
            }
            JsonNode instances = JSON.readTree(get(lb + "/api/v1/rulesets/instances", ADMIN));
            assertEquals(v1, instances.get("desired").asText());
            assertEquals(2, instances.get("instances").size(), instances.toString());

            // a clerk signed in through the proxy is signed in on both
            assertEquals(201, send(post(lb + "/api/v1/admin/clerks", ADMIN, """
                    {"username": "kim", "password": "correct horse battery", "organization": "평택시"}""")).statusCode());
            String cookie = signIn(lb);
            for (int i = 0; i < 4; i++) {
                assertEquals(200, clerkPage(lb, cookie), "request " + i + " through the proxy");
            }
            assertEquals(200, clerkPage("http://127.0.0.1:" + a, cookie));
            assertEquals(200, clerkPage("http://127.0.0.1:" + b, cookie));

            // a case and a webhook subscription; then both instances restart on the day after its deemed date
            String partner = field(send(post(lb + "/api/v1/admin/api-keys", ADMIN, """
                    {"name": "partner", "role": "PARTNER", "organization": "평택시"}""")).body(), "key");
            assertEquals(201, send(post(lb + "/api/v1/webhooks", partner, """
                    {"url": "http://127.0.0.1:%d/hook", "events": ["permit-case.deemed-processed"],
                     "secret": "0123456789abcdef-secret"}""".formatted(hook.getAddress().getPort()))).statusCode());
            String caseId = field(send(post(lb + "/api/v1/permit-cases", partner, """
                    {"title": "공장 설립", "applicant": "a", "permittingAuthority": "p", "channel": "SPECIAL_COMPLEX",
                     "permitType": "INDUSTRIAL_SITE", "requestDate": "2024-04-20"}""")).body(), "id");
            // a partner's retry lands on the other instance (contract §17): the key is kept in the shared database, so
            // the second instance replays the first one's answer and stores no second case; its reference is one too
            String retried = """
                    {"title": "공장 증설", "applicant": "b", "permittingAuthority": "p", "channel": "SPECIAL_COMPLEX",
                     "permitType": "INDUSTRIAL_SITE", "requestDate": "2024-05-02",
                     "externalReference": "PT-2024-0042"}""";
            HttpResponse<String> first = send(keyed(post("http://127.0.0.1:" + a + "/api/v1/permit-cases", partner,
                    retried), "retry-across-instances"));
            assertEquals(201, first.statusCode(), first.body());
            HttpResponse<String> again = send(keyed(post("http://127.0.0.1:" + b + "/api/v1/permit-cases", partner,
                    retried), "retry-across-instances"));
            assertEquals(201, again.statusCode(), again.body());
            assertEquals("true", again.headers().firstValue("Idempotent-Replayed").orElse(""));
            assertEquals(field(first.body(), "id"), field(again.body(), "id"));
            assertEquals(first.headers().firstValue("Location"), again.headers().firstValue("Location"));
            HttpResponse<String> otherKey = send(keyed(post("http://127.0.0.1:" + b + "/api/v1/permit-cases", partner,
                    retried), "another-key"));
            assertEquals(409, otherKey.statusCode(), otherKey.body());
            assertTrue(otherKey.headers().firstValue("Location").orElse("").endsWith(field(first.body(), "id")));
            JsonNode found = JSON.readTree(get(lb + "/api/v1/permit-cases?externalReference=PT-2024-0042", partner));
            assertEquals(1, found.get("total").asInt(), found.toString());
            stop();
            processes.clear();
            instanceA = start("a", a, rules, "2024-06-24");
            instanceB = start("b", b, rules, "2024-06-24");
            PackagedService.awaitReady(http, a, instanceA);
            PackagedService.awaitReady(http, b, instanceB);
            proxy(a, b, proxy);
            Instant delivered = Instant.now().plusSeconds(30);
            while (received.isEmpty() && Instant.now().isBefore(delivered)) {
                Thread.sleep(200);
            }
            Thread.sleep(5_000); // both dispatchers poll every second: a second delivery would have come by now
            assertEquals(1, received.size(), "one webhook delivery: " + received);
            assertEquals(caseId, JSON.readTree(received.get(0)).get("caseId").asText());
            JsonNode view = JSON.readTree(get(lb + "/api/v1/permit-cases/" + caseId, partner));
            assertEquals("DEEMED_PROCESSED", view.at("/evaluation/outcome").asText());
            long outcomeEvents = 0;
            for (JsonNode e : view.get("events")) {
                outcomeEvents += e.get("type").asText().equals("OUTCOME_CHANGED") ? 1 : 0;
            }
            assertEquals(1, outcomeEvents, view.get("events").toString());
            // the sign-in survived both restarts: the key is the instances' shared one
            assertEquals(200, clerkPage(lb, cookie));

            // 1,000 keyed calls a minute from one address pass; anonymous ones over 50 a minute get 429
            for (int i = 0; i < 1_000; i++) {
                HttpResponse<String> r = send(HttpRequest.newBuilder(URI.create(lb + "/api/v1/rulesets"))
                        .header("X-API-Key", partner).GET().build());
                assertEquals(200, r.statusCode(), "keyed call " + i + ": " + r.body());
            }
            int refused = 0;
            for (int i = 0; i < 120; i++) {
                HttpResponse<String> r = send(HttpRequest.newBuilder(URI.create(lb + "/api/v1/rulesets")).GET().build());
                if (r.statusCode() == 429) {
                    refused++;
                    assertTrue(r.headers().firstValue("Retry-After").isPresent());
                }
            }
            assertTrue(refused > 0, "anonymous calls over the limit are refused");
        } finally {
            hook.stop(0);
        }
    }

    private Process start(String name, int port, Path rules, String today) throws IOException {
        Path data = dir.resolve("data-" + name);
        Files.createDirectories(data);
        ProcessBuilder builder = new ProcessBuilder("java", "-Xmx256m",
                "-Dquarkus.http.port=" + port,
                "-Dchecker.data.dir=" + data.toAbsolutePath(),
                "-Dchecker.rules.dir=" + rules.toAbsolutePath(),
                "-Dchecker.rules.cache-dir=" + dir.resolve("rule-cache").toAbsolutePath(),
                "-Dchecker.instance.name=instance-" + name,
                "-Dchecker.instances.poll=1s",
                "-Dchecker.bootstrap.admin-api-key=" + ADMIN,
                "-Dchecker.clock.today=" + today,
                "-Dchecker.rate-limit.requests-per-minute=50",
                "-Dchecker.webhooks.poll=1s",
                "-Dchecker.webhooks.allow-http=true",
                "-Dchecker.webhooks.allow-private-targets=true",
                "-jar", JAR.toString())
                .redirectErrorStream(true)
                .redirectOutput(dir.resolve("instance-" + name + "-" + today + ".log").toFile());
        // configured as docs/operations.md says: the pg profile and the CHECKER_DB_* variables
        builder.environment().put("QUARKUS_PROFILE", "pg");
        builder.environment().put("CHECKER_DB_URL", PgDatabase.SERVER + DB);
        builder.environment().put("CHECKER_DB_USER", PgDatabase.USER);
        Process p = builder.start();
        processes.add(p);
        return p;
    }

    private int proxy(int a, int b) throws IOException, InterruptedException {
        return proxy(a, b, PackagedService.freePort());
    }

    /** HAProxy on loopback, round robin over the two instances, no health checks (so it alternates strictly). */
    private int proxy(int a, int b, int port) throws IOException, InterruptedException {
        Path cfg = dir.resolve("haproxy-" + port + "-" + System.nanoTime() + ".cfg");
        Files.writeString(cfg, """
                defaults
                    mode http
                    timeout connect 5s
                    timeout client 60s
                    timeout server 60s
                frontend checker
                    bind 127.0.0.1:%d
                    default_backend instances
                backend instances
                    balance roundrobin
                    server a 127.0.0.1:%d
                    server b 127.0.0.1:%d
                """.formatted(port, a, b));
        Process p = new ProcessBuilder("haproxy", "-db", "-f", cfg.toString()).redirectErrorStream(true)
                .redirectOutput(dir.resolve("haproxy.log").toFile()).start();
        processes.add(p);
        Instant deadline = Instant.now().plusSeconds(10);
        while (true) {
            try {
                send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/q/health/live")).GET().build());
                return port;
            } catch (IOException notYet) {
                assertTrue(Instant.now().isBefore(deadline) && p.isAlive(), "haproxy did not start");
                Thread.sleep(100);
            }
        }
    }

    private String signIn(String base) throws Exception {
        HttpResponse<String> r = send(HttpRequest.newBuilder(URI.create(base + "/j_security_check"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("j_username=kim&j_password=correct+horse+battery")).build());
        return r.headers().allValues("set-cookie").stream().filter(c -> c.startsWith("checker-clerk="))
                .map(c -> c.substring(0, c.indexOf(';'))).findFirst()
                .orElseThrow(() -> new AssertionError("no sign-in cookie: " + r.statusCode() + " " + r.headers()));
    }

    private int clerkPage(String base, String cookie) throws Exception {
        return send(HttpRequest.newBuilder(URI.create(base + "/clerk")).header("Cookie", cookie).GET().build())
                .statusCode();
    }

    private String version(int port) throws Exception {
        return field(get("http://127.0.0.1:" + port + "/api/v1/rulesets", null), "version");
    }

    private String get(String url, String key) throws Exception {
        HttpRequest.Builder r = HttpRequest.newBuilder(URI.create(url)).GET();
        if (key != null) {
            r.header("X-API-Key", key);
        }
        HttpResponse<String> response = send(r.build());
        assertEquals(200, response.statusCode(), url + ": " + response.body());
        return response.body();
    }

    private static HttpRequest post(String url, String key, String body) {
        return HttpRequest.newBuilder(URI.create(url)).header("X-API-Key", key)
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build();
    }

    /** The same request with an Idempotency-Key. */
    private static HttpRequest keyed(HttpRequest request, String key) {
        return HttpRequest.newBuilder(request, (name, value) -> true).header("Idempotency-Key", key).build();
    }

    private HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private static String field(String json, String name) throws IOException {
        return JSON.readTree(json).get(name).asText();
    }
}
