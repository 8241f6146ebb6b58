package kr.policy.checker.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Contract §15 with a real process: the packaged PostgreSQL build reaches its database through a TCP forwarder the
 * test cuts for 15 s while partners post keyed evaluations and anonymous callers post theirs. Keyed calls get 200 or
 * 503 with Retry-After, never anything else and never after 10 s; anonymous ones keep getting 200; readiness goes
 * DOWN and comes back; the service recovers within 15 s without a restart; and every evaluation it acknowledged is
 * read back afterwards.
 */
class DatabaseOutageIT {
    private static final Path JAR = Path.of("target/pg-app/quarkus-run.jar");
    private static final String ADMIN = "outage-admin-key";
    private static final String DB = "checker_outage";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String CASE = """
            {"channel": "SPECIAL_COMPLEX", "permitType": "INDUSTRIAL_SITE", "requestDate": "2024-03-04",
             "asOf": "2024-04-01"}""";
    private static final Duration CUT = Duration.ofSeconds(15);
    private static final long LIMIT_MS = 10_000;
    /** Kept after the run (CI keeps target/): what the service said about any answer that was not 200 or 503. */
    private static final Path LOG = Path.of("target/failsafe-reports/database-outage-service.log");

    /** One call as the caller saw it. */
    private record Call(boolean keyed, long startedMs, long tookMs, int status, boolean retryAfter, String id) {
    }

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final List<Process> processes = new ArrayList<>();

    @TempDir
    Path dir;

    @AfterEach
    void stop() throws InterruptedException {
        PackagedService.stopAll(processes);
    }

    @Test
    void aFifteenSecondOutageUnderLoadIsAPauseNotAFailure() throws Exception {
        assertTrue(Files.exists(JAR), "build the PostgreSQL flavour first: mvn package -DskipTests "
                + "-Dquarkus.profile=pg -Dquarkus.package.output-directory=pg-app -Dpackage.directory=pg-app");
        PgDatabase.fresh(DB);
        try (TcpCut db = new TcpCut(PackagedService.freePort(), PgDatabase.PORT)) {
            int port = PackagedService.freePort();
            Process service = start(port, db.port());
            PackagedService.awaitReady(http, port, service);
            String base = "http://127.0.0.1:" + port;
            String partner = JSON.readTree(send(post(base + "/api/v1/admin/api-keys", ADMIN,
                    "{\"name\": \"partner\", \"role\": \"PARTNER\", \"organization\": \"outage-org\"}")).body())
                    .get("key").asText();

            long t0 = System.currentTimeMillis();
            List<Call> calls = new CopyOnWriteArrayList<>();
            Map<Long, Integer> readiness = new TreeMap<>();
            AtomicBoolean running = new AtomicBoolean(true);
            List<Thread> load = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                load.add(caller(base, partner, t0, calls, running));
            }
            for (int i = 0; i < 2; i++) {
                load.add(caller(base, null, t0, calls, running));
            }
            Thread ready = new Thread(() -> {
                while (running.get()) {
                    int status = status(HttpRequest.newBuilder(URI.create(base + "/q/health/ready"))
                            .timeout(Duration.ofSeconds(5)).GET().build());
                    synchronized (readiness) {
                        readiness.put(System.currentTimeMillis() - t0, status);
                    }
                    sleep(250);
                }
            });
            ready.start();
            load.forEach(Thread::start);

            Thread.sleep(5_000);
            long cutAt = System.currentTimeMillis() - t0;
            db.cut();
            Thread.sleep(CUT.toMillis());
            // the metrics answer while the database is away: a scrape never waits for it
            assertEquals(200, status(HttpRequest.newBuilder(URI.create(base + "/q/metrics")).GET().build()));
            long restoredAt = System.currentTimeMillis() - t0;
            db.restore();
            Thread.sleep(20_000);
            running.set(false);
            for (Thread t : load) {
                t.join();
            }
            ready.join();

            List<Call> keyed = calls.stream().filter(Call::keyed).toList();
            List<Call> anonymous = calls.stream().filter(c -> !c.keyed()).toList();
            Map<Integer, Long> keyedStatuses = keyed.stream().collect(Collectors.groupingBy(Call::status,
                    TreeMap::new, Collectors.counting()));
            String summary = "keyed " + keyedStatuses + ", anonymous " + anonymous.stream().collect(
                    Collectors.groupingBy(Call::status, TreeMap::new, Collectors.counting()))
                    + ", cut at " + cutAt + " ms, restored at " + restoredAt + " ms";
            System.out.println("database outage: " + summary);

            assertTrue(keyed.stream().allMatch(c -> c.status() == 200 || c.status() == 503),
                    summary + "\n" + unexpected());
            assertTrue(keyed.stream().filter(c -> c.status() == 503).allMatch(Call::retryAfter),
                    "every 503 says when to retry");
            assertTrue(keyedStatuses.getOrDefault(503, 0L) > 0, "the cut was felt: " + summary);
            assertTrue(anonymous.stream().allMatch(c -> c.status() == 200), summary);
            long slowest = calls.stream().mapToLong(Call::tookMs).max().orElse(0);
            assertTrue(slowest <= LIMIT_MS, "no call over 10 s: the slowest took " + slowest + " ms");

            Map<Long, Integer> seen;
            synchronized (readiness) {
                seen = new TreeMap<>(readiness);
            }
            assertTrue(seen.entrySet().stream().anyMatch(e -> e.getKey() > cutAt && e.getKey() < restoredAt
                    && e.getValue() == 503), "readiness DOWN during the cut: " + seen);
            long recovered = keyed.stream().filter(c -> c.status() == 200 && c.startedMs() >= restoredAt)
                    .mapToLong(c -> c.startedMs() + c.tookMs()).min().orElse(Long.MAX_VALUE);
            assertTrue(recovered - restoredAt <= 15_000, "keyed evaluations stored again within 15 s of the "
                    + "database's return: " + (recovered - restoredAt) + " ms");
            assertEquals(200, status(HttpRequest.newBuilder(URI.create(base + "/q/health/ready")).GET().build()),
                    "readiness UP again");
            System.out.println("database outage: recovered " + (recovered - restoredAt) + " ms after the return; "
                    + "slowest call " + slowest + " ms");

            // nothing acknowledged is lost
            List<String> acknowledged = keyed.stream().filter(c -> c.status() == 200).map(Call::id).toList();
            assertTrue(acknowledged.size() > 10, summary);
            for (String id : acknowledged) {
                assertEquals(200, status(HttpRequest.newBuilder(URI.create(base + "/api/v1/evaluations/" + id))
                        .header("X-API-Key", partner).GET().build()), "acknowledged evaluation " + id);
            }
        }
    }

    /** A caller posting one evaluation after another until told to stop; a keyed one when {@code key} is set. */
    private Thread caller(String base, String key, long t0, List<Call> calls, AtomicBoolean running) {
        return new Thread(() -> {
            while (running.get()) {
                HttpRequest.Builder r = HttpRequest.newBuilder(URI.create(base + "/api/v1/evaluations/permit-timeout"))
                        .timeout(Duration.ofMillis(LIMIT_MS + 5_000)).header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(CASE));
                if (key != null) {
                    r.header("X-API-Key", key);
                }
                long start = System.currentTimeMillis();
                int status;
                boolean retryAfter = false;
                String id = null;
                try {
                    HttpResponse<String> response = http.send(r.build(), HttpResponse.BodyHandlers.ofString());
                    status = response.statusCode();
                    retryAfter = response.headers().firstValue("Retry-After").isPresent();
                    if (status == 200 && key != null) {
                        id = JSON.readTree(response.body()).get("evaluationId").asText();
                    }
                } catch (HttpTimeoutException e) {
                    status = -1;
                } catch (IOException e) {
                    status = -2;
                } catch (InterruptedException e) {
                    return;
                }
                calls.add(new Call(key != null, start - t0, System.currentTimeMillis() - start, status, retryAfter,
                        id));
                sleep(20);
            }
        });
    }

    private Process start(int port, int dbPort) throws IOException {
        Path data = dir.resolve("data");
        Files.createDirectories(data);
        Files.createDirectories(LOG.getParent());
        ProcessBuilder builder = new ProcessBuilder("java", "-Xmx256m",
                "-Dquarkus.http.port=" + port,
                "-Dchecker.data.dir=" + data.toAbsolutePath(),
                "-Dchecker.rules.cache-dir=" + dir.resolve("rule-cache").toAbsolutePath(),
                "-Dchecker.bootstrap.admin-api-key=" + ADMIN,
                "-Dchecker.rate-limit.requests-per-minute=0",
                "-Dchecker.rate-limit.key-requests-per-minute=0",
                "-jar", JAR.toString())
                .redirectErrorStream(true)
                .redirectOutput(LOG.toFile());
        builder.environment().put("QUARKUS_PROFILE", "pg");
        builder.environment().put("CHECKER_DB_URL", "jdbc:postgresql://127.0.0.1:" + dbPort + "/" + DB);
        builder.environment().put("CHECKER_DB_USER", PgDatabase.USER);
        Process p = builder.start();
        processes.add(p);
        return p;
    }

    /** The service's "unexpected error" lines with the ten lines after each: the cause of a 500. */
    private static String unexpected() throws IOException {
        List<String> lines = Files.readAllLines(LOG);
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains("unexpected error")) {
                lines.subList(i, Math.min(lines.size(), i + 12)).forEach(l -> out.append(l).append('\n'));
            }
        }
        return out.toString();
    }

    private int status(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            return -2;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -3;
        }
    }

    private static HttpRequest post(String url, String key, String body) {
        return HttpRequest.newBuilder(URI.create(url)).header("X-API-Key", key)
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build();
    }

    private HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
