package kr.policy.checker.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import kr.policy.checker.fuzz.ApiDocument.Operation;
import kr.policy.checker.fuzz.RequestGenerator.Request;
import org.junit.jupiter.api.Test;

/**
 * The service's own fuzz suite (issue: bad input is never stored nor silently reinterpreted). Requests are generated
 * from the API document the service serves, over every operation in turn, valid ones and ones with one thing broken,
 * and every answer is held to four rules:
 * <ol>
 *   <li>no 5xx;</li>
 *   <li>every 4xx is application/problem+json whose status is the answer's, and a 400 for a broken field or parameter
 *       names it;</li>
 *   <li>an input the document forbids never gets a 2xx (a batch answers it in the case's own slot);</li>
 *   <li>a refused request stores nothing (the rows of every table that keeps what callers send are counted before and
 *       after).</li>
 * </ol>
 * At the end every stored case reads back on several days, and the service is still ready.
 * <p>
 * {@code mvn verify} runs {@code fuzz.tries} (default 1,200) requests from the fixed seed {@code fuzz.seed}; a longer
 * run with a random seed: {@code -Dtest=ApiFuzzTest -Dfuzz.tries=20000 -Dfuzz.seed=random}. A failure prints the
 * seed and the request, so {@code -Dfuzz.seed=<seed>} replays it.
 */
@QuarkusTest
@TestProfile(ApiFuzzTest.OwnDatabase.class)
class ApiFuzzTest {
    /**
     * Its own start of the service: the schema is cleaned when it starts (and again when the next test's starts), so
     * what the fuzzing stores never meets another test's counts, on H2 or PostgreSQL alike.
     */
    public static class OwnDatabase implements QuarkusTestProfile {
    }

    private static final String ADMIN = "test-admin-key";
    /** The tables that keep what callers send; a refused request must leave each as it was. */
    private static final List<String> KEPT = List.of("register_case", "register_case_event", "evaluation_record",
            "webhook_subscription", "api_key", "clerk_user", "simulation", "outbox_event");
    private static final List<String> READ_BACK_DAYS = List.of("2023-06-01", "2024-05-10", "2025-03-15",
            "2026-08-11");

    private final ObjectMapper json = new ObjectMapper();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @TestHTTPResource("/")
    URL base;
    @Inject
    EntityManager em;

    @Test
    void everyOperationRefusesWhatTheDocumentForbidsWithAProblemAndStoresNothingOfIt() throws Exception {
        String seedText = System.getProperty("fuzz.seed", "20261207");
        long seed = seedText.equals("random") ? new Random().nextLong() : Long.parseLong(seedText);
        int tries = Integer.getInteger("fuzz.tries", 1200);
        String key = fuzzKey();
        ApiDocument doc = new ApiDocument(json.readTree(get("/q/openapi?format=json", ADMIN).body()));
        String version = json.readTree(get("/api/v1/rulesets", ADMIN).body()).path("version").asText();
        Map<String, List<String>> ids = new ConcurrentHashMap<>();
        java.time.LocalDate today = java.time.LocalDate.parse(org.eclipse.microprofile.config.ConfigProvider
                .getConfig().getValue("checker.clock.today", String.class));
        RequestGenerator generator = new RequestGenerator(doc, new Random(seed), key, version, ids, today);
        List<Operation> operations = doc.operations();
        assertTrue(operations.size() >= 47, "operations in the document: " + operations.size());
        Map<String, int[]> answered = new LinkedHashMap<>();
        Map<String, String> failures = new LinkedHashMap<>();
        Map<String, String> refusedValid = new LinkedHashMap<>();
        for (int i = 0; i < tries; i++) {
            Operation op = operations.get(i % operations.size());
            Request request = generator.request(op);
            Map<String, Long> before = op.mutates() ? counts() : null;
            HttpResponse<String> answer = send(request);
            String where = "fuzz.seed=" + seed + ", request " + i + ": " + request + "\n→ " + answer.statusCode()
                    + " " + answer.headers().firstValue("Content-Type").orElse("-") + " " + clip(answer.body());
            try {
                check(request, answer, where);
                if (before != null && answer.statusCode() >= 400) {
                    assertEquals(before, counts(), "a refused request changed stored data; " + where);
                }
            } catch (AssertionError e) {
                // go on, so that one run shows every kind of failure; the same kind on the same operation once
                if (failures.putIfAbsent(op.id() + " " + e.getMessage().split(";")[0], e.getMessage()) == null
                        && failures.size() >= 40) {
                    break;
                }
            }
            harvest(op, answer, ids);
            answered.computeIfAbsent(op.id(), k -> new int[6])[answer.statusCode() / 100]++;
            if (request.what().equals("valid") && answer.statusCode() >= 400) {
                refusedValid.putIfAbsent(op.id(), answer.statusCode() + " " + clip(answer.body()));
            }
        }
        assertTrue(failures.isEmpty(), failures.size() + " kind(s) of failure:\n" + String.join("\n\n",
                failures.values()));
        everyStoredCaseReadsBack(key);
        assertEquals(200, get("/q/health/ready", null).statusCode(), "the service is not ready after the fuzzing");
        System.out.printf("fuzz.seed=%d: %d requests over %d operations; answers by class (1xx-5xx) per operation:%n",
                seed, tries, operations.size());
        answered.forEach((id, n) -> System.out.printf("  %-36s 2xx %3d  4xx %3d%s%n", id, n[2], n[4],
                refusedValid.containsKey(id) ? "  (a valid request refused for the law's reasons, e.g. "
                        + refusedValid.get(id).replace('\n', ' ') + ")" : ""));
    }

    private void check(Request request, HttpResponse<String> answer, String where) throws IOException {
        int status = answer.statusCode();
        assertTrue(status < 500, "a 5xx; " + where);
        if (status >= 400) {
            assertTrue(answer.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"),
                    "a 4xx that is not a problem; " + where);
            JsonNode problem = json.readTree(answer.body());
            assertEquals(status, problem.path("status").asInt(), "the problem's status; " + where);
            assertTrue(problem.path("type").isTextual() && problem.path("title").isTextual()
                    && problem.path("detail").isTextual(), "a problem without type, title or detail; " + where);
        }
        switch (request.expect()) {
            case REFUSED -> {
                if (status == 200 && request.field() != null && request.field().startsWith("cases")
                        && everySlotRefused(json.readTree(answer.body()))) {
                    return; // a batch's cases refused one by one, each in its slot (contract §1)
                }
                if (status == 200 && request.field() != null && request.field().startsWith("firm.")
                        && aProgrammeRefused(json.readTree(answer.body()), request.field().substring(5))) {
                    return; // a screening shows a refusal in the programme's entry (contract §11)
                }
                assertTrue(status >= 400, "a forbidden input was accepted; " + where);
                if (status == 400 && request.field() != null) {
                    assertTrue(names(json.readTree(answer.body()), request.field()),
                            "the 400 does not name " + request.field() + "; " + where);
                }
            }
            case SLOT_REFUSED -> {
                if (status == 200) {
                    JsonNode slot = json.readTree(answer.body()).path("results").path(request.slot());
                    assertTrue(slot.path("status").asInt() >= 400, "a forbidden case was judged; " + where);
                    if (slot.path("status").asInt() == 400) {
                        assertTrue(names(slot, request.field()), "the slot's problem does not name "
                                + request.field() + "; " + where);
                    }
                } else {
                    assertTrue(status >= 400, "a batch with a forbidden case: " + where);
                }
            }
            case ANYTHING_BUT_5XX -> {
            }
        }
    }

    private static boolean aProgrammeRefused(JsonNode screening, String field) {
        for (JsonNode programme : screening.path("programmes")) {
            if (programme.path("outcome").asText().equals("REFUSED") && names(programme, field)) {
                return true;
            }
        }
        return false;
    }

    private static boolean everySlotRefused(JsonNode batch) {
        JsonNode results = batch.path("results");
        for (JsonNode slot : results) {
            if (slot.path("status").asInt() < 400) {
                return false;
            }
        }
        return results.size() > 0;
    }

    /** Whether a problem names the field (or something inside it, or a screening programme refused it). */
    private static boolean names(JsonNode problem, String field) {
        for (JsonNode e : problem.path("errors")) {
            String named = e.path("field").asText();
            if (named.equals(field) || named.startsWith(field + ".") || named.startsWith(field + "[")) {
                return true;
            }
        }
        return false;
    }

    /** Every case the fuzzing stored, read back as of several days: never a 5xx, never unreadable. */
    private void everyStoredCaseReadsBack(String key) throws Exception {
        for (String register : List.of("permit-cases", "regulation-reviews")) {
            for (int page = 0; ; page++) {
                JsonNode list = json.readTree(get("/api/v1/" + register + "?size=200&page=" + page, key).body());
                for (JsonNode item : list.path("items")) {
                    String id = item.path("id").asText();
                    for (String day : READ_BACK_DAYS) {
                        HttpResponse<String> r = get("/api/v1/" + register + "/" + id + "?asOf=" + day, key);
                        assertTrue(r.statusCode() == 200 || r.statusCode() == 422,
                                register + " " + id + " as of " + day + ": " + r.statusCode() + " " + r.body());
                    }
                    assertEquals(200, get("/api/v1/" + register + "/" + id, key).statusCode(), id);
                }
                if (list.path("items").size() < 200) {
                    break;
                }
            }
        }
    }

    /** Ids the service gave out, so that later requests reach real cases, evaluations, simulations, keys. */
    private void harvest(Operation op, HttpResponse<String> answer, Map<String, List<String>> ids) {
        if (answer.statusCode() / 100 != 2 || !op.method().equals("POST")
                || !answer.headers().firstValue("Content-Type").orElse("").startsWith("application/json")) {
            return;
        }
        try {
            JsonNode body = json.readTree(answer.body());
            if (body.path("evaluationId").isTextual()) {
                ids.computeIfAbsent("evaluations", k -> new ArrayList<>()).add(body.path("evaluationId").asText());
            }
            String collection = op.path().contains("{") ? null : op.path().substring(op.path().lastIndexOf('/') + 1);
            if (collection != null && body.path("id").isTextual()) {
                ids.computeIfAbsent(collection, k -> new ArrayList<>()).add(body.path("id").asText());
            }
        } catch (IOException notJson) {
            // a streamed batch; nothing to keep
        }
    }

    private Map<String, Long> counts() {
        return QuarkusTransaction.requiringNew().call(() -> {
            Map<String, Long> out = new LinkedHashMap<>();
            for (String table : KEPT) {
                out.put(table, ((Number) em.createNativeQuery("select count(*) from " + table).getSingleResult())
                        .longValue());
            }
            return out;
        });
    }

    /** An admin key of its own with the largest quota, so that a long run is never rate-limited. */
    private String fuzzKey() throws Exception {
        HttpResponse<String> r = send("POST", "/api/v1/admin/api-keys", ADMIN, Map.of(),
                ("{\"name\": \"fuzz\", \"role\": \"ADMIN\", \"organization\": \"fuzz-org-a\", "
                        + "\"requestsPerMinute\": 1000000}").getBytes(StandardCharsets.UTF_8), "application/json");
        assertEquals(201, r.statusCode(), r.body());
        return json.readTree(r.body()).path("key").asText();
    }

    private HttpResponse<String> send(Request request) throws Exception {
        StringBuilder uri = new StringBuilder(request.path());
        char sep = '?';
        for (Map.Entry<String, String> q : request.query().entrySet()) {
            uri.append(sep).append(URLEncoder.encode(q.getKey(), StandardCharsets.UTF_8)).append('=')
                    .append(URLEncoder.encode(q.getValue(), StandardCharsets.UTF_8));
            sep = '&';
        }
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base.toString().replaceAll("/$", "") + uri))
                .timeout(Duration.ofSeconds(60));
        String contentType = request.headers().getOrDefault("Content-Type", "application/json");
        request.headers().forEach((k, v) -> {
            if (!k.equals("Content-Type")) {
                b.header(k, v);
            }
        });
        if (request.body() != null) {
            b.header("Content-Type", contentType);
        }
        b.method(request.method(), request.body() == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofByteArray(request.body()));
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> send(String method, String path, String key, Map<String, String> headers,
                                      byte[] body, String contentType) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base.toString().replaceAll("/$", "") + path))
                .timeout(Duration.ofSeconds(60));
        if (key != null) {
            b.header("X-API-Key", key);
        }
        headers.forEach(b::header);
        if (body != null) {
            b.header("Content-Type", contentType);
        }
        b.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> get(String path, String key) throws Exception {
        return send("GET", path, key, Map.of(), null, null);
    }

    private static String clip(String body) {
        return body.length() > 600 ? body.substring(0, 600) + "…" : body;
    }
}
