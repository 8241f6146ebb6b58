package kr.policy.checker.calendar;

/** What makes a day a public holiday. */
public enum HolidayKind {
    /** 국경일 (국경일에 관한 법률). */
    NATIONAL_DAY,
    /** Other solar-dated holidays of 관공서의 공휴일에 관한 규정 제2조. */
    STATUTORY,
    /** 설, 부처님 오신 날, 추석: dated by the lunar calendar. */
    LUNAR,
    /** 임기만료에 의한 선거의 선거일. */
    ELECTION,
    /** A day the government designates (임시공휴일). */
    TEMPORARY,
    /** 대체공휴일 (제3조). */
    SUBSTITUTE
}
