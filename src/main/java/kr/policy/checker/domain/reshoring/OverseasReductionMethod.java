package kr.policy.checker.domain.reshoring;

/**
 * How the overseas site was reduced (해외진출기업복귀법 시행규칙 제3조제1항제2호 as rewritten by 산업통상부령 제5호,
 * in force 2026-01-08: "설비 매각, 생산시설의 일부 폐쇄, 사업장의 일부 매각, 장기 외부 임대, 인력 구조조정 등의 방법에
 * 따라"). The rules ask for it only for a reduced site decided from that day (contract §13.6).
 */
public enum OverseasReductionMethod {
    /** 설비 매각 */
    EQUIPMENT_SALE,
    /** 생산시설의 일부 폐쇄 */
    PARTIAL_CLOSURE,
    /** 사업장의 일부 매각 */
    PARTIAL_SITE_SALE,
    /** 장기 외부 임대 */
    LONG_TERM_LEASE,
    /** 인력 구조조정 */
    WORKFORCE_RESTRUCTURING,
    /** another measure of the same kind: the statute's list ends in 등 */
    OTHER_MEASURE,
    /** sales fell without any such measure (e.g. a market downturn) */
    NO_MEASURE
}
