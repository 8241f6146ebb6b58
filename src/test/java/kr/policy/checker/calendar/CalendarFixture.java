package kr.policy.checker.calendar;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The calendar built from the project's own rules/calendar/holidays.yaml. */
final class CalendarFixture {
    static final HolidayCalendar CALENDAR = load();

    private CalendarFixture() {
    }

    private static HolidayCalendar load() {
        try {
            return HolidayCalendarBuilder.build(
                    HolidayFileReader.parse(Files.readString(Path.of("rules/calendar/holidays.yaml"))));
        } catch (IOException | HolidayFileReader.InvalidHolidayFile e) {
            throw new IllegalStateException(e);
        }
    }
}
