package kr.policy.checker.domain.reshoring;

/** The technology of the returning product (contract §3 reshoring-subsidy). */
public enum Technology {
    /** 국가첨단전략기술 (국가첨단전략산업법). */
    NATIONAL_ADVANCED_STRATEGIC,
    /** 국가전략기술 (조세특례제한법 시행령 별표 7의2). */
    NATIONAL_STRATEGIC,
    OTHER
}
