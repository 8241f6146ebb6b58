package kr.policy.checker.calendar;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * The one place deadlines are computed (contract §2). Rules call it as the global {@code periods}.
 * The shared calculator is thread-safe: it only reads its immutable calendar; a recording one belongs to one
 * evaluation.
 */
public final class PeriodCalculator {
    private final HolidayCalendar calendar;

    /** The periods this calculator counted, when it records them (one evaluation's); null when it does not. */
    private final List<Period> counted;

    public PeriodCalculator(HolidayCalendar calendar) {
        this(calendar, null);
    }

    private PeriodCalculator(HolidayCalendar calendar, List<Period> counted) {
        this.calendar = calendar;
        this.counted = counted;
    }

    /**
     * A calculator for one evaluation that remembers every period it counts, with the days it passed over, so that
     * a page can say which deadline a holiday moved and from when. The shared calculator records nothing.
     */
    public PeriodCalculator recording() {
        return new PeriodCalculator(calendar, new ArrayList<>(4));
    }

    /** The periods counted so far by a recording calculator, in order; empty otherwise. */
    public List<Period> counted() {
        return counted == null ? List.of() : List.copyOf(counted);
    }

    public HolidayCalendar calendar() {
        return calendar;
    }

    /** The last day of a period of {@code days} days from {@code start}. */
    public LocalDate expiry(LocalDate start, int days, Convention convention) {
        if (counted != null) {
            Period p = period(start, days, convention);
            counted.add(p);
            return p.expiryDate();
        }
        return count(start, days, convention, null);
    }

    /** As {@link #expiry}, with the day after and every day passed over, named. */
    public Period period(LocalDate start, int days, Convention convention) {
        List<SkippedDay> skipped = new ArrayList<>();
        LocalDate expiry = count(start, days, convention, skipped);
        return new Period(start, days, convention, expiry, dayAfter(expiry), List.copyOf(skipped));
    }

    /** "…일이 지난 날": the day after a period's last day. */
    public LocalDate dayAfter(LocalDate expiry) {
        return expiry.plusDays(1);
    }

    /** Whole days from one date to another (negative when {@code to} is earlier). */
    public long daysBetween(LocalDate from, LocalDate to) {
        return ChronoUnit.DAYS.between(from, to);
    }

    private LocalDate count(LocalDate start, int days, Convention convention, List<SkippedDay> skipped) {
        if (days < 0) {
            throw new IllegalArgumentException("days must not be negative: " + days);
        }
        calendar.requireCovered(start);
        return switch (convention) {
            case CIVIL -> rollOver(start.plusDays(days), skipped);
            case CIVIL_NO_ROLLOVER -> {
                LocalDate last = start.plusDays(days);
                calendar.requireCovered(last);
                yield last;
            }
            case MINWON_BUSINESS_DAYS -> businessDays(start, days, skipped);
        };
    }

    /** 민법 제161조: a last day on a Saturday or public holiday moves to the next day that is neither. */
    private LocalDate rollOver(LocalDate last, List<SkippedDay> skipped) {
        LocalDate d = last;
        while (calendar.isOffDay(d)) {
            if (skipped != null) {
                skipped.add(calendar.describeOffDay(d));
            }
            d = d.plusDays(1);
        }
        return d;
    }

    /** 민원처리법 제19조제2항: the first day counts, Saturdays and public holidays do not. */
    private LocalDate businessDays(LocalDate start, int days, List<SkippedDay> skipped) {
        if (days == 0) {
            throw new IllegalArgumentException("a period in business days needs at least one day");
        }
        LocalDate d = start;
        int counted = 0;
        while (true) {
            if (calendar.isOffDay(d)) {
                if (skipped != null) {
                    skipped.add(calendar.describeOffDay(d));
                }
            } else if (++counted == days) {
                return d;
            }
            d = d.plusDays(1);
        }
    }
}
