package kr.policy.checker.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import static kr.policy.checker.api.TestKeys.issue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Contract §5: the case register over HTTP ("today" is pinned to 2024-05-10 in tests). */
@QuarkusTest
class CaseRegisterApiTest {
    private static final String CASES = "/api/v1/permit-cases";
    private String clerkA;
    private String clerkB;

    @BeforeEach
    void keys() {
        clerkA = issue("CLERK", "평택시");
        clerkB = issue("CLERK", "용인시");
    }

    private Response create(String key, String requestDate) {
        return given().header("X-API-Key", key).contentType("application/json").body("""
                {"title": "반도체 특화단지 공장 설립", "applicant": "(주)한빛반도체", "permittingAuthority": "평택시장",
                 "channel": "SPECIAL_COMPLEX", "permitType": "FACTORY_ESTABLISHMENT",
                 "committeeResolutionDate": "2024-02-20", "requestDate": "%s"}""".formatted(requestDate))
                .post(CASES);
    }

    private Response event(String key, String id, String ifMatch, String body) {
        var request = given().header("X-API-Key", key).contentType("application/json").body(body);
        if (ifMatch != null) {
            request = request.header("If-Match", ifMatch);
        }
        return request.post(CASES + "/" + id + "/events");
    }

    @Test
    void aCaseIsCreatedJudgedAndMovedByEvents() {
        Response created = create(clerkA, "2024-04-20");
        created.then().statusCode(201)
                .header("Location", containsString(CASES + "/"))
                .header("ETag", equalTo("\"0\""))
                .body("title", equalTo("반도체 특화단지 공장 설립"))
                .body("organization", equalTo("평택시"))
                .body("requestDate", equalTo("2024-04-20"))
                .body("evaluation.asOf", equalTo("2024-05-10"))
                .body("evaluation.outcome", equalTo("DEEMING_SCHEDULED"))
                .body("evaluation.result.planDueDate", equalTo("2024-05-07"))
                .body("evaluation.result.deemedProcessedDate", equalTo("2024-06-20"))
                .body("evaluation.evaluationId", notNullValue())
                .body("events", hasSize(0));
        String id = created.path("id");

        Response planned = event(clerkA, id, "\"0\"", "{\"type\": \"PLAN_SUBMITTED\", \"date\": \"2024-05-07\", \"note\": \"기한 당일 회신\"}");
        planned.then().statusCode(200)
                .header("ETag", equalTo("\"1\""))
                .body("planSubmittedDate", equalTo("2024-05-07"))
                .body("evaluation.outcome", equalTo("PENDING"))
                .body("evaluation.result.resultDueDate", equalTo("2024-05-22"))
                .body("events[0].type", equalTo("PLAN_SUBMITTED"))
                .body("events[0].seq", equalTo(1));

        // as known on 2024-05-01: no plan yet, and the plan was not yet due
        given().header("X-API-Key", clerkA).get(CASES + "/" + id + "?asOf=2024-05-01").then().statusCode(200)
                .body("evaluation.asOf", equalTo("2024-05-01"))
                .body("evaluation.outcome", equalTo("PENDING"))
                .body("evaluation.result.planDueDate", equalTo("2024-05-07"))
                .body("evaluation.result.resultDueDate", equalTo(null));
    }

    @Test
    void eventsThatContradictTheTimelineChangeNothing() {
        String id = create(clerkA, "2024-04-20").path("id");
        event(clerkA, id, null, "{\"type\": \"PLAN_SUBMITTED\", \"date\": \"2024-05-02\"}").then().statusCode(200);
        // stale version
        event(clerkA, id, "\"0\"", "{\"type\": \"SUPPLEMENT_ADDED\", \"days\": 3}").then().statusCode(412)
                .contentType("application/problem+json");
        // the request was already sent
        event(clerkA, id, null, "{\"type\": \"REQUEST_SENT\", \"date\": \"2024-04-25\"}").then().statusCode(409);
        // a result before the plan
        event(clerkA, id, null, "{\"type\": \"RESULT_NOTIFIED\", \"date\": \"2024-05-01\"}").then().statusCode(422)
                .body("errors[0].field", equalTo("resultNotifiedDate"));
        // a result dated after today
        event(clerkA, id, null, "{\"type\": \"RESULT_NOTIFIED\", \"date\": \"2024-06-01\"}").then().statusCode(422);
        // an unknown event, a date event without a date
        event(clerkA, id, null, "{\"type\": \"APPROVED\", \"date\": \"2024-05-03\"}").then().statusCode(400)
                .body("errors[0].field", equalTo("type"));
        event(clerkA, id, null, "{\"type\": \"RESULT_NOTIFIED\"}").then().statusCode(400)
                .body("errors[0].field", equalTo("date"));
        given().header("X-API-Key", clerkA).get(CASES + "/" + id).then().statusCode(200)
                .header("ETag", equalTo("\"1\""))
                .body("events", hasSize(1))
                .body("resultNotifiedDate", equalTo(null));
    }

    @Test
    void invalidNewCasesAreRefusedWithTheFieldNamed() {
        given().header("X-API-Key", clerkA).contentType("application/json")
                .body("{\"applicant\": \"a\", \"permittingAuthority\": \"b\", \"channel\": \"SPECIAL_COMPLEX\", \"permitType\": \"OTHER\"}")
                .post(CASES).then().statusCode(400).body("errors.field", hasItem("title"));
        given().header("X-API-Key", clerkA).contentType("application/json")
                .body("{\"title\": \"t\", \"applicant\": \"a\", \"permittingAuthority\": \"b\", \"channel\": \"SPECIAL_COMPLEX\","
                        + " \"permitType\": \"OTHER\", \"requestDate\": \"2024-03-04\", \"planSubmittedDate\": \"2024-03-01\"}")
                .post(CASES).then().statusCode(422).body("errors[0].field", equalTo("planSubmittedDate"));
        given().contentType("application/json").body("{}").post(CASES).then().statusCode(401);
    }

    @Test
    void anOrganizationSeesOnlyItsOwnCases() {
        String id = create(clerkA, "2024-03-04").path("id");
        given().header("X-API-Key", clerkB).get(CASES + "/" + id).then().statusCode(404);
        event(clerkB, id, null, "{\"type\": \"SUPPLEMENT_ADDED\", \"days\": 2}").then().statusCode(404);
        given().header("X-API-Key", clerkB).get(CASES).then().statusCode(200)
                .body("items.id", not(hasItem(id)));
        given().header("X-API-Key", clerkA).get(CASES + "?outcome=DEEMED_PROCESSED&deemedBefore=2024-06-01&size=200")
                .then().statusCode(200)
                .body("items.id", hasItem(id))
                .body("items.find { it.id == '" + id + "' }.deemedProcessedDate", equalTo("2024-05-04"));
        given().header("X-API-Key", "test-admin-key").get(CASES + "?q=한빛&size=200").then().statusCode(200)
                .body("items.id", hasItem(id));
        given().header("X-API-Key", clerkA).get(CASES + "?outcome=GRANTED").then().statusCode(400)
                .body("errors[0].field", equalTo("outcome"));
    }

    @Test
    void concurrentEventsOnOneCaseHaveExactlyOneWinner() throws Exception {
        String id = create(clerkA, "2024-04-20").path("id");
        ExecutorService pool = Executors.newFixedThreadPool(6);
        List<Callable<Integer>> tasks = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            tasks.add(() -> event(clerkA, id, "\"0\"", "{\"type\": \"SUPPLEMENT_ADDED\", \"days\": 1}").statusCode());
        }
        List<Integer> statuses = new ArrayList<>();
        for (Future<Integer> f : pool.invokeAll(tasks)) {
            statuses.add(f.get());
        }
        pool.shutdown();
        assertEquals(1, statuses.stream().filter(s -> s == 200).count(), statuses.toString());
        assertTrue(statuses.stream().allMatch(s -> s == 200 || s == 409 || s == 412), statuses.toString());
        given().header("X-API-Key", clerkA).get(CASES + "/" + id).then()
                .body("supplementDays", equalTo(1)).body("events", hasSize(1));
    }

    @Test
    void regulationReviewsKeepTheSameShape() {
        Response created = given().header("X-API-Key", clerkA).contentType("application/json").body("""
                {"title": "공장 부지 용도 규제", "applicant": "(주)한빛반도체", "permittingAuthority": "국토교통부",
                 "track": "FIRM_REQUEST", "startDate": "2024-04-22"}""").post("/api/v1/regulation-reviews");
        created.then().statusCode(201).body("evaluation.outcome", equalTo("OVERDUE"))
                .body("evaluation.result.dueDate", equalTo("2024-05-07"));
        String id = created.path("id");
        given().header("X-API-Key", clerkA).contentType("application/json")
                .body("{\"type\": \"REPLY_RECEIVED\", \"date\": \"2024-05-08\"}")
                .post("/api/v1/regulation-reviews/" + id + "/events").then().statusCode(200)
                .body("evaluation.outcome", equalTo("REPLIED_LATE"))
                .body("evaluation.result.daysOverdue", equalTo(1));
        given().header("X-API-Key", clerkA).get("/api/v1/regulation-reviews?dueBefore=2024-06-01&size=200").then()
                .statusCode(200).body("items.id", hasItem(id));
        given().header("X-API-Key", clerkA).contentType("application/json")
                .body("{\"type\": \"PLAN_SUBMITTED\", \"date\": \"2024-05-08\"}")
                .post("/api/v1/regulation-reviews/" + id + "/events").then().statusCode(400);
    }
}
