package kr.policy.checker.calendar;

import java.time.LocalDate;

/** A date the holiday calendar does not cover: answering would be a guess. */
public class OutsideCalendarException extends RuntimeException {
    private final LocalDate date;
    private final LocalDate coveredFrom;
    private final LocalDate coveredTo;

    public OutsideCalendarException(LocalDate date, LocalDate coveredFrom, LocalDate coveredTo) {
        super("date " + date + " is outside the holiday calendar (" + coveredFrom + " to " + coveredTo + ")");
        this.date = date;
        this.coveredFrom = coveredFrom;
        this.coveredTo = coveredTo;
    }

    public LocalDate date() { return date; }
    public LocalDate coveredFrom() { return coveredFrom; }
    public LocalDate coveredTo() { return coveredTo; }
}
