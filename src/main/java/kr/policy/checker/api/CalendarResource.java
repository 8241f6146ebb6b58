package kr.policy.checker.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import kr.policy.checker.app.RuleEngine;
import kr.policy.checker.calendar.Holiday;
import kr.policy.checker.calendar.HolidayCalendar;
import kr.policy.checker.calendar.Period;
import kr.policy.checker.text.Language;
import kr.policy.checker.evaluation.DeadlineService;
import kr.policy.checker.judging.QueryParams;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Contract §2: deadlines under each convention, and the public holidays of a year. */
@Path("/api/v1/calendar")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Calendar")
public class CalendarResource {
    @Inject
    RuleEngine engine;

    @Inject
    DeadlineService deadlines;

    @GET
    @Path("/deadline")
    @Operation(summary = "Compute a deadline",
            description = "The last day of a period of `days` days from `start` under a convention, the day after it "
                    + "(\"…일이 지난 날\"), and each Saturday, Sunday and public holiday passed over.")
    @APIResponse(responseCode = "200", description = "The period", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DeadlineResponse.class), examples = @ExampleObject(name = "15 days over 추석", value = """
            {"start": "2024-09-02", "days": 15, "convention": "CIVIL", "expiryDate": "2024-09-19",
             "dayAfterExpiry": "2024-09-20", "skippedDays": [{"date": "2024-09-17", "name": "추석",
             "nameEn": "Chuseok"}, {"date": "2024-09-18", "name": "추석 다음 날", "nameEn": "Day after Chuseok"}],
             "legalBasis": "민법 제157조·제159조·제161조 (행정기본법 제6조제1항)"}""")))
    @APIResponse(responseCode = "400", description = "A missing or invalid parameter, named in errors")
    @APIResponse(responseCode = "422", description = "The period runs beyond the holiday calendar")
    public DeadlineResponse deadline(
            @Parameter(description = "first day, e.g. 2024-09-02") @QueryParam("start") String start,
            @Parameter(description = "length in days, 1–3650") @QueryParam("days") String days,
            @Parameter(description = "CIVIL (default), CIVIL_NO_ROLLOVER or MINWON_BUSINESS_DAYS")
            @QueryParam("convention") String convention,
            @HeaderParam("Accept-Language") String acceptLanguage) {
        DeadlineService.Deadline d = deadlines.compute(start, days, convention,
                Language.fromAcceptLanguage(acceptLanguage));
        Period p = d.period();
        return new DeadlineResponse(p.start(), p.days(), p.convention(), p.expiryDate(), p.dayAfterExpiry(),
                p.skippedDays(), p.convention().legalBasis(), d.ruleSetVersion());
    }

    @GET
    @Path("/holidays")
    @Operation(summary = "Public holidays of a year",
            description = "Every public holiday of 관공서의 공휴일에 관한 규정 in the year other than ordinary Sundays, "
                    + "in date order, as in force on each date: fixed, lunar, substitute, temporary and election days.")
    @APIResponse(responseCode = "200", description = "The holidays", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.ARRAY, implementation = Holiday.class), examples = @ExampleObject(name = "2026 (excerpt)", value = """
            [{"date": "2026-05-01", "name": "노동절", "nameEn": "Labour Day", "kind": "STATUTORY",
              "legalBasis": "관공서의 공휴일에 관한 규정 제2조제6호 (대통령령 제36290호, 2026.5.1 시행)"}]""")))
    @APIResponse(responseCode = "400", description = "year missing, not a number, or outside the calendar")
    public List<Holiday> holidays(@Parameter(description = "e.g. 2026") @QueryParam("year") String year,
                                  @HeaderParam("Accept-Language") String acceptLanguage) {
        Language language = Language.fromAcceptLanguage(acceptLanguage);
        HolidayCalendar calendar = engine.current().calendar();
        QueryParams params = new QueryParams(language);
        Integer y = params.integer("year", year, calendar.coveredFrom().getYear(), calendar.coveredTo().getYear());
        params.throwIfInvalid();
        return calendar.holidaysIn(y);
    }
}
