package kr.policy.checker.calendar;

/** How a period in days is counted (contract §2). */
public enum Convention {
    /** 민법 제157조 (first day not counted), 제159조, 제161조 (a last day on a Saturday or holiday moves on). */
    CIVIL("민법 제157조·제159조·제161조 (행정기본법 제6조제1항)"),
    /** As CIVIL without the 제161조 move. */
    CIVIL_NO_ROLLOVER("민법 제157조·제159조 (제161조 미적용)"),
    /** 민원 처리에 관한 법률 제19조제2항: the first day counts, Saturdays and public holidays do not. */
    MINWON_BUSINESS_DAYS("민원 처리에 관한 법률 제19조제2항");

    private final String legalBasis;

    Convention(String legalBasis) {
        this.legalBasis = legalBasis;
    }

    public String legalBasis() {
        return legalBasis;
    }
}
