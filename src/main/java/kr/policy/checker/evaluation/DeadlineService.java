package kr.policy.checker.evaluation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import kr.policy.checker.app.RuleEngine;
import kr.policy.checker.calendar.Convention;
import kr.policy.checker.calendar.OutsideCalendarException;
import kr.policy.checker.calendar.Period;
import kr.policy.checker.text.Language;
import kr.policy.checker.engine.RuleSet;
import kr.policy.checker.judging.QueryParams;
import kr.policy.checker.problem.ProblemException;
import kr.policy.checker.problem.ProblemType;
import kr.policy.checker.problem.ServiceMessages;

/** A period counted from a start day under a convention (contract §2), for the API and the deadline page alike. */
@ApplicationScoped
public class DeadlineService {
    /** A technical guard against absurd requests, not a legal number. */
    public static final int MAX_DAYS = 3650;

    /** The period and the rule set whose holiday calendar counted it. */
    public record Deadline(Period period, String ruleSetVersion) {
    }

    @Inject
    RuleEngine engine;

    /**
     * Reads the three parameters as given (text) and counts the period. Every bad parameter is named (400); a start
     * outside the holiday calendar is a bad start (400); a period that runs beyond the calendar is a 422.
     */
    public Deadline compute(String start, String days, String convention, Language language) {
        RuleSet set = engine.current();
        QueryParams params = new QueryParams(language);
        LocalDate startDate = params.date("start", start);
        Integer length = params.integer("days", days, 1, MAX_DAYS);
        Convention conv = params.enumValue("convention", convention, Convention.class, Convention.CIVIL);
        if (startDate != null && !set.calendar().covers(startDate)) {
            params.error("start", ServiceMessages.get(language, "field.outsideCalendar",
                    set.calendar().coveredFrom().toString(), set.calendar().coveredTo().toString()));
        }
        params.throwIfInvalid();
        try {
            return new Deadline(set.periods().period(startDate, length, conv), set.version());
        } catch (OutsideCalendarException e) {
            throw ProblemException.of(ProblemType.OUTSIDE_CALENDAR, "detail.outsideCalendar", e.date().toString(),
                    e.coveredFrom().toString(), e.coveredTo().toString());
        }
    }
}
