package kr.policy.checker.domain.taxcredit;

/**
 * Classes of qualifying business assets (사업용 유형자산, not land or buildings) with their own rates in 조세특례제한법
 * 제24조: 일반, 신성장·원천기술 사업화시설, 국가전략기술 사업화시설, and 반도체 among the latter. The rates are in the rules.
 */
public enum AssetClass {
    GENERAL, NEW_GROWTH, NATIONAL_STRATEGIC, SEMICONDUCTOR_STRATEGIC;

    /** Both classes of national-strategic technology (반도체 is one of them). */
    public boolean nationalStrategic() {
        return this == NATIONAL_STRATEGIC || this == SEMICONDUCTOR_STRATEGIC;
    }
}
