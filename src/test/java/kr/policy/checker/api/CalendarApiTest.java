package kr.policy.checker.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** Contract §2: the deadline calculator and the holiday list. */
@QuarkusTest
class CalendarApiTest {
    @Test
    void deadlineOverChuseokNamesTheSkippedDays() {
        given().get("/api/v1/calendar/deadline?start=2024-09-02&days=15&convention=CIVIL").then()
                .statusCode(200)
                .body("start", equalTo("2024-09-02"))
                .body("days", equalTo(15))
                .body("convention", equalTo("CIVIL"))
                .body("expiryDate", equalTo("2024-09-19"))
                .body("dayAfterExpiry", equalTo("2024-09-20"))
                .body("skippedDays.date", contains("2024-09-17", "2024-09-18"))
                .body("skippedDays.name", contains("추석", "추석 다음 날"));
    }

    @Test
    void conventionDefaultsToCivilAndEachConventionCounts() {
        given().get("/api/v1/calendar/deadline?start=2024-03-04&days=60").then()
                .body("convention", equalTo("CIVIL")).body("dayAfterExpiry", equalTo("2024-05-04"));
        given().get("/api/v1/calendar/deadline?start=2024-08-02&days=60&convention=CIVIL_NO_ROLLOVER").then()
                .body("expiryDate", equalTo("2024-10-01")).body("skippedDays", hasSize(0));
        given().get("/api/v1/calendar/deadline?start=2024-03-04&days=60&convention=MINWON_BUSINESS_DAYS").then()
                .body("expiryDate", equalTo("2024-05-29"));
    }

    @Test
    void badParametersAre400NamingEach() {
        given().get("/api/v1/calendar/deadline?start=2024-02-30&days=abc&convention=LUNAR").then()
                .statusCode(400).contentType("application/problem+json")
                .body("errors.field", contains("start", "days", "convention"));
        given().get("/api/v1/calendar/deadline?days=15").then().statusCode(400).body("errors.field", contains("start"));
        given().get("/api/v1/calendar/deadline?start=2024-01-01&days=0").then().statusCode(400)
                .body("errors.field", contains("days"));
        given().get("/api/v1/calendar/deadline?start=2019-12-31&days=5").then().statusCode(400)
                .body("errors.field", contains("start"));
        given().get("/api/v1/calendar/deadline?start=2030-12-20&days=30").then().statusCode(422)
                .body("type", equalTo("/problems/outside-calendar"));
    }

    @Test
    void holidaysOf2026InDateOrder() {
        given().get("/api/v1/calendar/holidays?year=2026").then()
                .statusCode(200)
                .body("", hasSize(22))
                .body("[0].date", equalTo("2026-01-01"))
                .body("find { it.date == '2026-05-01' }.name", equalTo("노동절"))
                .body("find { it.date == '2026-07-17' }.kind", equalTo("NATIONAL_DAY"))
                .body("find { it.date == '2026-08-17' }.kind", equalTo("SUBSTITUTE"))
                .body("find { it.date == '2026-06-03' }.kind", equalTo("ELECTION"))
                .body("legalBasis", hasItem("관공서의 공휴일에 관한 규정 제3조"));
    }

    @Test
    void twoHolidaysOnOneDateAreTwoEntries() {
        given().get("/api/v1/calendar/holidays?year=2025").then().statusCode(200)
                .body("findAll { it.date == '2025-05-05' }", hasSize(2));
    }

    @Test
    void yearOutsideTheCalendarIs400() {
        given().header("Accept-Language", "en").get("/api/v1/calendar/holidays?year=2031").then()
                .statusCode(400).body("errors[0].field", equalTo("year"))
                .body("errors[0].message", equalTo("must be at most 2030"));
        given().get("/api/v1/calendar/holidays").then().statusCode(400).body("errors[0].field", equalTo("year"));
    }
}
