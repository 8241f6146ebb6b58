package kr.policy.checker.notify;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import static kr.policy.checker.api.TestKeys.issue;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import kr.policy.checker.register.CaseEvent;
import kr.policy.checker.register.CaseRegister;
import kr.policy.checker.register.DailyReevaluation;
import org.junit.jupiter.api.Test;

/** Contract §5 daily job and §7 webhooks: outbox, signatures, retries, two workers, the approaching deadline. */
@QuarkusTest
class NotificationTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    WebhookDispatcher dispatcher;

    @Inject
    DailyReevaluation daily;

    private static String subscribe(String key, String url, String events) {
        return given().header("X-API-Key", key).contentType("application/json")
                .body("{\"url\": \"" + url + "\", \"events\": [" + events + "], \"secret\": \"0123456789abcdef-secret\"}")
                .post("/api/v1/webhooks").then().statusCode(201).extract().path("id");
    }

    private static String createCase(String key, String requestDate) {
        return given().header("X-API-Key", key).contentType("application/json").body("""
                {"title": "t", "applicant": "a", "permittingAuthority": "p", "channel": "SPECIAL_COMPLEX",
                 "permitType": "INDUSTRIAL_SITE", "requestDate": "%s"}""".formatted(requestDate))
                .post("/api/v1/permit-cases").then().statusCode(201).extract().path("id");
    }

    @Test
    void aDeemingScheduledCaseReachesItsOrganizationsSubscriberSigned() throws Exception {
        try (WebhookReceiver receiver = new WebhookReceiver(200)) {
            String org = "org-" + UUID.randomUUID();
            String partner = issue("PARTNER", org);
            String clerk = issue("CLERK", org);
            String other = issue("CLERK", "other-" + UUID.randomUUID());
            subscribe(partner, receiver.url(), "\"permit-case.deeming-scheduled\", \"permit-case.deemed-processed\"");
            String caseId = createCase(clerk, "2024-04-20");   // plan missed on 05-07: deeming scheduled
            createCase(other, "2024-04-20");                    // another organization's: not for this subscriber
            dispatcher.deliverDue();
            assertEquals(1, receiver.received.size());
            WebhookReceiver.Received r = receiver.received.get(0);
            assertEquals("permit-case.deeming-scheduled", r.header("X-Checker-Event"));
            assertEquals("sha256=" + WebhookDispatcher.sign("0123456789abcdef-secret", r.body()),
                    r.header("X-Checker-Signature"));
            assertTrue(r.header("X-Checker-Delivery").matches("[0-9a-f-]{36}"));
            JsonNode body = JSON.readTree(r.body());
            assertEquals(caseId, body.get("caseId").asText());
            assertEquals("DEEMING_SCHEDULED", body.get("outcome").asText());
            assertEquals("2024-06-20", body.get("keyDate").asText());
        }
    }

    @Test
    void aReceiverThatFailsIsRetriedUntilItAnswers() throws Exception {
        // the test profile retries at once (backoff 0 s); in service the delay doubles from 30 s to 1 h
        try (WebhookReceiver receiver = new WebhookReceiver(503, 500, 200)) {
            String org = "org-" + UUID.randomUUID();
            String subscription = subscribe(issue("PARTNER", org), receiver.url(), "\"permit-case.deemed-processed\"");
            createCase(issue("CLERK", org), "2024-03-04");      // deemed processed on 2024-05-04
            dispatcher.deliverDue();
            given().header("X-API-Key", "test-admin-key").get("/api/v1/webhooks/" + subscription + "/deliveries")
                    .then().statusCode(200).body("[0].status", equalTo("DELIVERED")).body("[0].attempts", equalTo(3))
                    .body("[0].lastStatus", equalTo(200));
            assertEquals(3, receiver.received.size());
            assertEquals(receiver.received.get(0).header("X-Checker-Delivery"),
                    receiver.received.get(2).header("X-Checker-Delivery"), "one delivery id across retries");
        }
    }

    @Test
    void twoWorkersReevaluateEachCaseExactlyOnce() throws Exception {
        String clerk = issue("CLERK", "org-" + UUID.randomUUID());
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            ids.add(createCase(clerk, "2024-04-25"));          // plan due 05-10: pending on the pinned today
        }
        LocalDate nextMonday = LocalDate.parse("2024-05-13");  // plan missed: deeming scheduled
        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<Callable<Integer>> workers = List.of(() -> daily.runOnce(nextMonday), () -> daily.runOnce(nextMonday));
        int changed = 0;
        for (Future<Integer> f : pool.invokeAll(workers)) {
            changed += f.get();
        }
        pool.shutdown();
        assertTrue(changed >= ids.size(), "changed " + changed);
        for (String id : ids) {
            long outcomeEvents = QuarkusTransaction.requiringNew().call(() ->
                    CaseEvent.count("caseId = ?1 and type = ?2", UUID.fromString(id), CaseRegister.OUTCOME_CHANGED));
            assertEquals(1, outcomeEvents, "case " + id);
            long outbox = QuarkusTransaction.requiringNew().call(() ->
                    OutboxEvent.count("caseId = ?1 and type = ?2", UUID.fromString(id), EventType.DEEMING_SCHEDULED));
            assertEquals(1, outbox, "case " + id);
        }
        given().header("X-API-Key", clerk).get("/api/v1/permit-cases/" + ids.get(0)).then()
                .body("events[0].type", equalTo("OUTCOME_CHANGED"))
                .body("events[0].note", equalTo("PENDING → DEEMING_SCHEDULED"));
        assertEquals(0, daily.runOnce(nextMonday), "a second run the same day changes nothing");
        // a finished run is no longer shown as in progress (readiness' reevaluation entry)
        assertTrue(daily.progress().isEmpty());
        given().get("/q/health/ready").then().body("checks.find { it.name == 'rule-set' }.data.reevaluation", org.hamcrest.Matchers.nullValue());
    }

    @Test
    void theDeadlineApproachingEventComesOnceAWeekBefore() {
        String org = "org-" + UUID.randomUUID();
        String id = createCase(issue("CLERK", org), "2024-04-01");  // deemed processed on 2024-06-01
        daily.runOnce(LocalDate.parse("2024-05-24"));               // 8 days before: nothing yet
        daily.runOnce(LocalDate.parse("2024-05-25"));               // 7 days before
        daily.runOnce(LocalDate.parse("2024-05-26"));               // 6 days before: already told
        long approaching = QuarkusTransaction.requiringNew().call(() ->
                OutboxEvent.count("caseId = ?1 and type = ?2", UUID.fromString(id), EventType.DEADLINE_APPROACHING));
        assertEquals(1, approaching);
    }

    @Test
    void subscriptionsAreValidatedAndScoped() {
        String partner = issue("PARTNER", "org-" + UUID.randomUUID());
        given().header("X-API-Key", partner).contentType("application/json")
                .body("{\"url\": \"ftp://x\", \"events\": [\"permit-case.nothing\"], \"secret\": \"short\"}")
                .post("/api/v1/webhooks").then().statusCode(400);
        given().header("X-API-Key", issue("CLERK", "x")).contentType("application/json")
                .body("{\"url\": \"http://127.0.0.1:1/hook\", \"events\": [\"regulation-review.overdue\"], \"secret\": \"0123456789abcdef\"}")
                .post("/api/v1/webhooks").then().statusCode(403);
        String id = subscribe(partner, "http://127.0.0.1:1/hook", "\"regulation-review.overdue\"");
        given().header("X-API-Key", issue("PARTNER", "elsewhere")).delete("/api/v1/webhooks/" + id).then().statusCode(404);
        given().header("X-API-Key", partner).delete("/api/v1/webhooks/" + id).then().statusCode(204);
    }
}
