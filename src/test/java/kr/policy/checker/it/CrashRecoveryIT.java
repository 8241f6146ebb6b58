package kr.policy.checker.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Nothing acknowledged is lost: the packaged service (embedded H2 file database) is killed with SIGKILL in the middle
 * of a stream of writes; after a restart every case it answered 201 for is there, and so is every stored evaluation
 * it answered 200 for (those come from several clients at once, so they share group commits).
 */
class CrashRecoveryIT {
    private static final Path JAR = Path.of("target/quarkus-app/quarkus-run.jar");
    private static final String ADMIN = "crash-test-admin-key";
    private static final Pattern ID = Pattern.compile("\"id\":\"([0-9a-f-]{36})\"");
    private static final Pattern EVALUATION_ID = Pattern.compile("\"evaluationId\":\"([0-9a-f-]{36})\"");
    private static final int EVALUATING_CLIENTS = 4;
    private static final int KILL_AFTER = 50;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    @TempDir
    Path data;

    @Test
    void everyAcknowledgedWriteSurvivesAKill() throws Exception {
        assertTrue(Files.exists(JAR), "package the application first (mvn verify does)");
        int port = PackagedService.freePort();
        Process service = start(port);
        List<String> acknowledged = java.util.Collections.synchronizedList(new ArrayList<>());
        List<String> evaluations = java.util.Collections.synchronizedList(new ArrayList<>());
        AtomicBoolean killed = new AtomicBoolean();
        List<Thread> clients = new ArrayList<>();
        try {
            PackagedService.awaitReady(http, port, service);
            for (int c = 0; c < EVALUATING_CLIENTS; c++) {
                Thread client = new Thread(() -> evaluateUntilKilled(port, killed, evaluations));
                client.start();
                clients.add(client);
            }
            Thread killer = new Thread(() -> {
                // killed mid-stream, once both streams have had answers (or after 20 s, whatever came by then)
                Instant latest = Instant.now().plusSeconds(20);
                while ((acknowledged.size() < KILL_AFTER || evaluations.size() < KILL_AFTER)
                        && Instant.now().isBefore(latest)) {
                    sleep(20);
                }
                service.destroyForcibly(); // SIGKILL: no shutdown hooks, no flush
                killed.set(true);
            });
            killer.start();
            Instant deadline = Instant.now().plusSeconds(30);
            for (int i = 0; i < 5000 && Instant.now().isBefore(deadline); i++) {
                HttpResponse<String> r;
                try {
                    r = http.send(post(port, i), HttpResponse.BodyHandlers.ofString());
                } catch (IOException connectionLost) {
                    if (killed.get()) {
                        break;
                    }
                    throw connectionLost;
                }
                if (r.statusCode() == 201) {
                    Matcher m = ID.matcher(r.body());
                    assertTrue(m.find(), r.body());
                    acknowledged.add(m.group(1));
                }
            }
            killer.join();
            for (Thread client : clients) {
                client.join();
            }
        } finally {
            service.destroyForcibly().waitFor();
        }
        assertTrue(killed.get(), "the service was killed while writing");
        assertTrue(acknowledged.size() > 10, "writes were acknowledged before the kill: " + acknowledged.size());
        assertTrue(evaluations.size() > 10, "stored evaluations were acknowledged before the kill: " + evaluations.size());
        System.out.println("crash test: " + acknowledged.size() + " cases and " + evaluations.size()
                + " stored evaluations acknowledged before the kill");

        Process restarted = start(port);
        try {
            PackagedService.awaitReady(http, port, restarted);
            int missing = 0;
            for (String id : acknowledged) {
                HttpResponse<String> r = http.send(HttpRequest.newBuilder(
                                URI.create("http://127.0.0.1:" + port + "/api/v1/permit-cases/" + id))
                        .header("X-API-Key", ADMIN).GET().build(), HttpResponse.BodyHandlers.ofString());
                if (r.statusCode() != 200) {
                    missing++;
                }
            }
            assertEquals(0, missing, "acknowledged cases lost out of " + acknowledged.size());
            int lostEvaluations = 0;
            for (String id : evaluations) {
                HttpResponse<String> r = http.send(HttpRequest.newBuilder(
                                URI.create("http://127.0.0.1:" + port + "/api/v1/evaluations/" + id))
                        .header("X-API-Key", ADMIN).GET().build(), HttpResponse.BodyHandlers.ofString());
                if (r.statusCode() != 200) {
                    lostEvaluations++;
                }
            }
            assertEquals(0, lostEvaluations, "acknowledged evaluations lost out of " + evaluations.size());
        } finally {
            restarted.destroyForcibly().waitFor();
        }
    }

    /** One client posting keyed evaluations back to back until the service dies; keeps the ids answered 200. */
    private void evaluateUntilKilled(int port, AtomicBoolean killed, List<String> evaluations) {
        HttpRequest request = HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + port + "/api/v1/evaluations/regulation-review"))
                .timeout(Duration.ofSeconds(5))
                .header("X-API-Key", ADMIN).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("""
                        {"track": "FIRM_REQUEST", "startDate": "2024-09-02", "asOf": "2024-09-30"}"""))
                .build();
        Instant deadline = Instant.now().plusSeconds(30);
        while (!killed.get() && Instant.now().isBefore(deadline)) {
            try {
                HttpResponse<String> r = http.send(request, HttpResponse.BodyHandlers.ofString());
                if (r.statusCode() == 200) {
                    Matcher m = EVALUATION_ID.matcher(r.body());
                    // an answer without its id is counted as lost below
                    evaluations.add(m.find() ? m.group(1) : "answered-without-an-id");
                }
            } catch (IOException connectionLost) {
                return; // the kill
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private HttpRequest post(int port, int i) {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/permit-cases"))
                .timeout(Duration.ofSeconds(5))
                .header("X-API-Key", ADMIN).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("""
                        {"title": "case %d", "applicant": "a", "permittingAuthority": "p", "channel": "SPECIAL_COMPLEX",
                         "permitType": "INDUSTRIAL_SITE", "requestDate": "2024-03-04"}""".formatted(i)))
                .build();
    }

    private Process start(int port) throws IOException {
        return new ProcessBuilder("java", "-Xmx256m",
                "-Dquarkus.http.port=" + port,
                "-Dchecker.data.dir=" + data.toAbsolutePath(),
                "-Dchecker.bootstrap.admin-api-key=" + ADMIN,
                "-Dchecker.clock.today=2024-05-10",
                "-jar", JAR.toString())
                .redirectErrorStream(true)
                .redirectOutput(data.resolve("service-" + port + "-" + System.nanoTime() + ".log").toFile())
                .start();
    }


    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
