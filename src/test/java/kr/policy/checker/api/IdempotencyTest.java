package kr.policy.checker.api;

import static io.restassured.RestAssured.given;
import static kr.policy.checker.api.TestKeys.issue;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Contract §17: Idempotency-Key on the POSTs that create or change something. */
@QuarkusTest
class IdempotencyTest {
    private static final String CASES = "/api/v1/permit-cases";
    private static final String CASE = """
            {"title": "반도체 특화단지 공장 설립", "applicant": "(주)한빛반도체", "permittingAuthority": "평택시장",
             "channel": "SPECIAL_COMPLEX", "permitType": "FACTORY_ESTABLISHMENT",
             "committeeResolutionDate": "2024-02-20", "requestDate": "%s"}""";

    @Inject
    DataSource dataSource;
    @Inject
    IdempotencyKeys keys;

    private String clerk;

    @BeforeEach
    void key() {
        // an organization of its own, so that the cases each test counts are its own
        clerk = issue("CLERK", "멱등시-" + UUID.randomUUID().toString().substring(0, 8));
    }

    private Response create(String idempotencyKey, String requestDate) {
        return given().header("X-API-Key", clerk).header("Idempotency-Key", idempotencyKey)
                .contentType("application/json").body(CASE.formatted(requestDate)).post(CASES);
    }

    private int cases() {
        return given().header("X-API-Key", clerk).get(CASES).then().statusCode(200).extract().path("total");
    }

    @Test
    void aRetryGetsTheFirstAnswerAndCreatesNothing() {
        String key = UUID.randomUUID().toString();
        Response first = create(key, "2024-04-20");
        first.then().statusCode(201);
        assertNull(first.header("Idempotent-Replayed"));
        Response again = create(key, "2024-04-20");
        again.then().statusCode(201).header("Idempotent-Replayed", "true");
        assertEquals(first.header("Location"), again.header("Location"));
        assertEquals(first.header("ETag"), again.header("ETag"));
        assertEquals(first.body().asString(), again.body().asString());
        assertTrue(again.contentType().startsWith("application/json"), again.contentType());
        assertEquals(1, cases());
        // without a key, the same body is a new case
        given().header("X-API-Key", clerk).contentType("application/json").body(CASE.formatted("2024-04-20"))
                .post(CASES).then().statusCode(201);
        assertEquals(2, cases());
    }

    @Test
    void theKeyWithAnotherRequestIsRefused() {
        String key = UUID.randomUUID().toString();
        create(key, "2024-04-20").then().statusCode(201);
        create(key, "2024-04-21").then().statusCode(422)
                .contentType("application/problem+json")
                .body("type", equalTo("/problems/idempotency-key-reused"));
        // another path is another request too
        given().header("X-API-Key", clerk).header("Idempotency-Key", key).header("Accept-Language", "en")
                .contentType("application/json").body(CASE.formatted("2024-04-20"))
                .post("/api/v1/regulation-reviews").then().statusCode(422)
                .body("title", equalTo("Idempotency-Key used for another request"));
        assertEquals(1, cases());
    }

    @Test
    void keysAreTheCallersOwn() {
        String key = UUID.randomUUID().toString();
        create(key, "2024-04-20").then().statusCode(201);
        String other = issue("CLERK", "다른시-" + UUID.randomUUID().toString().substring(0, 8));
        given().header("X-API-Key", other).header("Idempotency-Key", key).contentType("application/json")
                .body(CASE.formatted("2024-04-20")).post(CASES).then().statusCode(201)
                .header("Idempotent-Replayed", (String) null);
    }

    @Test
    void twoAtOnceDoTheWorkOnce() throws Exception {
        for (int round = 0; round < 5; round++) {
            String key = UUID.randomUUID().toString();
            CyclicBarrier start = new CyclicBarrier(2);
            ExecutorService pool = Executors.newFixedThreadPool(2);
            try {
                List<Future<Response>> answers = new ArrayList<>();
                for (int i = 0; i < 2; i++) {
                    Callable<Response> call = () -> {
                        start.await();
                        return create(key, "2024-04-20");
                    };
                    answers.add(pool.submit(call));
                }
                int created = 0;
                for (Future<Response> f : answers) {
                    Response r = f.get();
                    if (r.statusCode() == 201) {
                        created++;
                    } else {
                        assertEquals(409, r.statusCode(), r.body().asString());
                        assertEquals("/problems/idempotency-key-in-flight", r.path("type"));
                        assertEquals("1", r.header("Retry-After"));
                    }
                }
                assertTrue(created >= 1);
            } finally {
                pool.shutdown();
            }
        }
        assertEquals(5, cases());
    }

    @Inject
    kr.policy.checker.security.ApiKeys apiKeys;

    @Test
    void whileTheFirstRunsARetryIsA409AndAnUnansweredClaimIsNotKept() {
        String key = UUID.randomUUID().toString();
        String caller = "key:" + apiKeys.quota(clerk).orElseThrow().keyId();
        // the first request with the key is being answered (claimed, no answer yet)
        String hash = "0".repeat(64);
        assertTrue(keys.claim(caller, key, hash) instanceof IdempotencyKeys.Claimed);
        create(key, "2024-04-20").then().statusCode(422); // another request (another hash) with the key
        assertTrue(keys.claim(caller, key, hash) instanceof IdempotencyKeys.InFlight);
        // a first answer of 5xx releases the claim: the retry does the work
        keys.release(caller, key);
        assertTrue(keys.claim(caller, key, hash) instanceof IdempotencyKeys.Claimed);
        keys.release(caller, key);
        create(key, "2024-04-20").then().statusCode(201).header("Idempotent-Replayed", (String) null);
        // and the same request while its first is still running: 409 with Retry-After
        String other = UUID.randomUUID().toString();
        Response first = create(other, "2024-04-22");
        first.then().statusCode(201);
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(
                "UPDATE idempotency_key SET state = 'RUNNING' WHERE idem_key = ?")) {
            s.setString(1, other);
            assertEquals(1, s.executeUpdate());
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
        create(other, "2024-04-22").then().statusCode(409)
                .body("type", equalTo("/problems/idempotency-key-in-flight"))
                .header("Retry-After", "1");
        assertEquals(2, cases());
    }

    @Test
    void anEmptyOrLongKeyIsRefusedNamingTheHeader() {
        create("", "2024-04-20").then().statusCode(400)
                .body("type", equalTo("/problems/invalid-input"))
                .body("errors[0].field", equalTo("Idempotency-Key"));
        create("k".repeat(256), "2024-04-20").then().statusCode(400)
                .body("errors[0].field", equalTo("Idempotency-Key"));
        create("k".repeat(255), "2024-04-20").then().statusCode(201);
        assertEquals(1, cases());
    }

    @Test
    void anonymousCallersAreNotKept() {
        String body = """
                {"channel": "SPECIAL_COMPLEX", "permitType": "INDUSTRIAL_SITE", "requestDate": "2024-03-04",
                 "asOf": "2024-05-10"}""";
        for (int i = 0; i < 2; i++) {
            given().header("Idempotency-Key", "").contentType("application/json").body(body)
                    .post("/api/v1/evaluations/permit-timeout").then().statusCode(200)
                    .header("Idempotent-Replayed", (String) null);
        }
    }

    @Test
    void aKeyedEvaluationAndABatchAreStoredOnce() {
        String body = """
                {"channel": "SPECIAL_COMPLEX", "permitType": "INDUSTRIAL_SITE", "requestDate": "2024-03-04",
                 "asOf": "2024-05-10"}""";
        String key = UUID.randomUUID().toString();
        Response first = given().header("X-API-Key", clerk).header("Idempotency-Key", key)
                .contentType("application/json").body(body).post("/api/v1/evaluations/permit-timeout");
        first.then().statusCode(200).body("evaluationId", notNullValue());
        Response again = given().header("X-API-Key", clerk).header("Idempotency-Key", key)
                .contentType("application/json").body(body).post("/api/v1/evaluations/permit-timeout");
        again.then().statusCode(200).header("Idempotent-Replayed", "true");
        assertEquals(first.<String>path("evaluationId"), again.<String>path("evaluationId"));

        String batch = "{\"cases\": [" + body + ", " + body + "]}";
        String batchKey = UUID.randomUUID().toString();
        Response one = given().header("X-API-Key", clerk).header("Idempotency-Key", batchKey)
                .contentType("application/json").body(batch).post("/api/v1/evaluations/permit-timeout/batch");
        one.then().statusCode(200);
        Response two = given().header("X-API-Key", clerk).header("Idempotency-Key", batchKey)
                .contentType("application/json").body(batch).post("/api/v1/evaluations/permit-timeout/batch");
        two.then().statusCode(200).header("Idempotent-Replayed", "true");
        assertEquals(one.body().asString(), two.body().asString());
    }

    @Test
    void expiredKeysArePurgedAndMayBeUsedAgain() throws Exception {
        String key = UUID.randomUUID().toString();
        create(key, "2024-04-20").then().statusCode(201);
        // the retention runs out (moved back rather than waiting a day)
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(
                "UPDATE idempotency_key SET expires_at = created_at WHERE idem_key = ?")) {
            s.setString(1, key);
            assertEquals(1, s.executeUpdate());
        }
        // an expired key is not replayed even before the purge: the retry is a new request
        Response later = create(key, "2024-04-20");
        later.then().statusCode(201).header("Idempotent-Replayed", (String) null);
        assertEquals(2, cases());

        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(
                "UPDATE idempotency_key SET expires_at = created_at WHERE idem_key = ?")) {
            s.setString(1, key);
            assertEquals(1, s.executeUpdate());
        }
        assertTrue(keys.purge() >= 1);
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(
                "SELECT COUNT(*) FROM idempotency_key WHERE idem_key = ?")) {
            s.setString(1, key);
            var r = s.executeQuery();
            r.next();
            assertEquals(0, r.getInt(1));
        }
        // a second purge (another instance's, say) finds nothing more to do and removes no live key
        String live = UUID.randomUUID().toString();
        create(live, "2024-04-21").then().statusCode(201);
        keys.purge();
        Response replayed = create(live, "2024-04-21");
        replayed.then().statusCode(201).header("Idempotent-Replayed", "true");
        assertNotEquals(later.header("Location"), replayed.header("Location"));
    }

    /**
     * The cost of keeping a key on the keyed evaluation path (docs/benchmarks.md): the same keyed evaluation sent
     * sequentially, without a key and with a new key each time, after a warm-up. Run with
     * -Didempotency.benchmark=true.
     */
    @Test
    @org.junit.jupiter.api.condition.EnabledIfSystemProperty(named = "idempotency.benchmark", matches = "true")
    void theKeyedPathWithAndWithoutAKey() {
        String body = """
                {"channel": "SPECIAL_COMPLEX", "permitType": "INDUSTRIAL_SITE", "requestDate": "2024-03-04",
                 "asOf": "2024-05-10"}""";
        int n = 1000;
        for (int round = 0; round < 2; round++) {
            long plain = 0;
            long keyed = 0;
            for (int i = 0; i < n; i++) {
                long t0 = System.nanoTime();
                given().header("X-API-Key", clerk).contentType("application/json").body(body)
                        .post("/api/v1/evaluations/permit-timeout").then().statusCode(200);
                long t1 = System.nanoTime();
                given().header("X-API-Key", clerk).header("Idempotency-Key", UUID.randomUUID().toString())
                        .contentType("application/json").body(body)
                        .post("/api/v1/evaluations/permit-timeout").then().statusCode(200);
                long t2 = System.nanoTime();
                plain += t1 - t0;
                keyed += t2 - t1;
            }
            System.out.printf("keyed evaluation, round %d: %.2f ms without Idempotency-Key, %.2f ms with one%n",
                    round, plain / 1e6 / n, keyed / 1e6 / n);
        }
    }
}
