package kr.policy.checker.api;

import static io.restassured.RestAssured.given;
import static kr.policy.checker.api.TestKeys.issue;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Contract §17: importing many cases at once, as JSON or CSV. */
@QuarkusTest
class CaseImportTest {
    private static final String CASES = "/api/v1/permit-cases";
    private static final String IMPORT = CASES + "/import";
    private static final String ROW = """
            {"title": "공장 설립 %1$s", "applicant": "(주)한빛반도체", "permittingAuthority": "평택시장",
             "channel": "SPECIAL_COMPLEX", "permitType": "FACTORY_ESTABLISHMENT",
             "committeeResolutionDate": "2024-02-20", "requestDate": "%2$s", "externalReference": "%1$s"}""";

    private String clerk;

    @BeforeEach
    void key() {
        clerk = issue("CLERK", "가져오기시-" + UUID.randomUUID().toString().substring(0, 8));
    }

    private Response importJson(String body, String query) {
        return given().header("X-API-Key", clerk).contentType("application/json").body(body)
                .post(IMPORT + query);
    }

    private Response importCsv(byte[] body, String query) {
        return given().header("X-API-Key", clerk).contentType("text/csv; charset=UTF-8").body(body)
                .post(IMPORT + query);
    }

    private int cases() {
        return given().header("X-API-Key", clerk).get(CASES).then().statusCode(200).extract().path("total");
    }

    @Test
    void jsonRowsStandAloneAndDuplicatesAreNamed() {
        String existing = given().header("X-API-Key", clerk).contentType("application/json")
                .body(ROW.formatted("PT-0", "2024-04-20")).post(CASES).then().statusCode(201).extract().path("id");
        String body = "[" + String.join(",", ROW.formatted("PT-1", "2024-04-20"),
                ROW.formatted("PT-2", "2024-02-30"),
                ROW.formatted("PT-0", "2024-04-20"),
                ROW.formatted("PT-1", "2024-04-21"),
                "{\"title\": \"제목만\"}") + "]";
        Response answer = importJson(body, "");
        answer.then().statusCode(200)
                .body("created", equalTo(1)).body("refused", equalTo(2)).body("duplicates", equalTo(2))
                .body("dryRun", equalTo(false))
                .body("rows", hasSize(5))
                .body("rows[0].row", equalTo(1)).body("rows[0].status", equalTo("CREATED"))
                .body("rows[0].id", notNullValue())
                .body("rows[1].status", equalTo("REFUSED")).body("rows[1].errors[0].field", equalTo("requestDate"))
                .body("rows[2].status", equalTo("DUPLICATE")).body("rows[2].id", equalTo(existing))
                .body("rows[2].errors[0].field", equalTo("externalReference"))
                // the same reference twice in the file: the second is a duplicate of the first
                .body("rows[3].status", equalTo("DUPLICATE"))
                .body("rows[4].status", equalTo("REFUSED"));
        // the created case was judged and stored as a single POST would be
        given().header("X-API-Key", clerk).get(CASES + "/" + answer.path("rows[0].id")).then().statusCode(200)
                .body("externalReference", equalTo("PT-1"))
                .body("evaluation.outcome", equalTo("DEEMING_SCHEDULED"))
                .body("evaluation.result.deemedProcessedDate", equalTo("2024-06-20"));
        assertEquals(2, cases());
    }

    @Test
    void csvWithFieldNamesAndADryRunThatStoresNothing() {
        String csv = """
                externalReference,title,applicant,permittingAuthority,channel,permitType,committeeResolutionDate,requestDate,supplementDays
                C-1,공장 설립,(주)한빛반도체,평택시장,SPECIAL_COMPLEX,FACTORY_ESTABLISHMENT,2024-02-20,2024-04-20,3
                C-2,"공장, 증설",(주)한빛반도체,평택시장,SPECIAL_COMPLEX,FACTORY_ESTABLISHMENT,2024-02-20,2024-04-20,셋
                """;
        importCsv(csv.getBytes(StandardCharsets.UTF_8), "?dryRun=true").then().statusCode(200)
                .body("dryRun", equalTo(true)).body("created", equalTo(1)).body("refused", equalTo(1))
                .body("rows[0].status", equalTo("CREATED")).body("rows[0].id", nullValue())
                .body("rows[1].errors[0].field", equalTo("supplementDays"));
        assertEquals(0, cases());
        importCsv(csv.getBytes(StandardCharsets.UTF_8), "").then().statusCode(200)
                .body("created", equalTo(1)).body("rows[0].id", notNullValue());
        assertEquals(1, cases());
        importCsv(csv.getBytes(StandardCharsets.UTF_8), "?dryRun=yes").then().statusCode(400)
                .body("errors[0].field", equalTo("dryRun"));
    }

    @Test
    void csvWithKoreanTitlesAndAByteOrderMark() {
        String csv = """
                외부 참조 번호,사건명,신청인,인·허가권자,신청 경로,인·허가 종류,위원회 의결일,장관 요청일
                K-1,공장 설립,(주)한빛반도체,평택시장,SPECIAL_COMPLEX,FACTORY_ESTABLISHMENT,2024-02-20,2024-04-20
                K-2,공장 이전,(주)한빛반도체,평택시장,SPECIAL_COMPLEX,FACTORY_ESTABLISHMENT,2024-02-20,2024-04-22
                """;
        byte[] text = csv.getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[text.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(text, 0, withBom, 3, text.length);
        importCsv(withBom, "").then().statusCode(200).body("created", equalTo(2));
        given().header("X-API-Key", clerk).queryParam("externalReference", "K-2").get(CASES).then()
                .body("items[0].title", equalTo("공장 이전"));
    }

    @Test
    void anUnknownColumnIsRefusedNamingIt() {
        importCsv("사건명,색깔\n공장,빨강\n".getBytes(StandardCharsets.UTF_8), "").then().statusCode(400)
                .body("type", equalTo("/problems/invalid-input")).body("errors[0].field", equalTo("색깔"));
        importJson("{\"title\": \"배열이 아님\"}", "").then().statusCode(400)
                .body("type", equalTo("/problems/malformed-json"));
        importJson("[{\"title\": \"객체\"}, 17]", "").then().statusCode(400)
                .body("type", equalTo("/problems/malformed-json"));
        assertEquals(0, cases());
    }

    @Test
    void moreThanTenThousandRowsIsA413() {
        StringBuilder csv = new StringBuilder("title,applicant\n");
        for (int i = 0; i < 10_001; i++) {
            csv.append("t").append(i).append(",a\n");
        }
        importCsv(csv.toString().getBytes(StandardCharsets.UTF_8), "").then().statusCode(413)
                .body("type", equalTo("/problems/payload-too-large"));
        StringBuilder json = new StringBuilder("[");
        for (int i = 0; i < 10_001; i++) {
            json.append(i == 0 ? "" : ",").append("{}");
        }
        importJson(json.append("]").toString(), "").then().statusCode(413);
        assertEquals(0, cases());
    }

    /** The timing of docs/benchmarks.md; run with -Dimport.benchmark=true (a minute on a two-core machine). */
    @Test
    @org.junit.jupiter.api.condition.EnabledIfSystemProperty(named = "import.benchmark", matches = "true")
    void tenThousandRowsImportAndEachIsStored() {
        StringBuilder csv = new StringBuilder(
                "externalReference,title,applicant,permittingAuthority,channel,permitType,committeeResolutionDate,requestDate\n");
        for (int i = 0; i < 10_000; i++) {
            csv.append("B-").append(i).append(",공장 ").append(i).append(",(주)신청").append(i)
                    .append(",평택시장,SPECIAL_COMPLEX,FACTORY_ESTABLISHMENT,2024-02-20,2024-04-20\n");
        }
        long start = System.nanoTime();
        given().config(io.restassured.config.RestAssuredConfig.config().httpClient(
                        io.restassured.config.HttpClientConfig.httpClientConfig()
                                .setParam("http.socket.timeout", 120_000)))
                .header("X-API-Key", clerk).contentType("text/csv; charset=UTF-8")
                .body(csv.toString().getBytes(StandardCharsets.UTF_8)).post(IMPORT).then().statusCode(200)
                .body("created", equalTo(10_000)).body("refused", equalTo(0));
        long millis = (System.nanoTime() - start) / 1_000_000;
        System.out.println("import of 10,000 rows: " + millis + " ms");
        assertEquals(10_000, cases());
    }

    @Test
    void anImportMayCarryAnIdempotencyKey() {
        String body = "[" + ROW.formatted("I-1", "2024-04-20") + "]";
        String key = UUID.randomUUID().toString();
        Response first = given().header("X-API-Key", clerk).header("Idempotency-Key", key)
                .contentType("application/json").body(body).post(IMPORT);
        first.then().statusCode(200).body("created", equalTo(1));
        Response again = given().header("X-API-Key", clerk).header("Idempotency-Key", key)
                .contentType("application/json").body(body).post(IMPORT);
        again.then().statusCode(200).header("Idempotent-Replayed", "true").body("created", equalTo(1));
        assertEquals(first.body().asString(), again.body().asString());
        assertEquals(1, cases());
    }
}
