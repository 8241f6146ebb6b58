package kr.policy.checker.calendar;

import java.time.LocalDate;
import java.util.List;

/** A counted period: its last day, the day after it ("…일이 지난 날"), and the days it passed over. */
public record Period(LocalDate start, int days, Convention convention, LocalDate expiryDate,
                     LocalDate dayAfterExpiry, List<SkippedDay> skippedDays) {
}
