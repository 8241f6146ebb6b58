package kr.policy.checker.domain.permittimeout;

/**
 * The 인·허가 of 국가첨단전략산업법 제19조제1항 and 시행령 제30조제2항, and of 반도체특별법 제26조; which of them the time-out
 * covers, under which channel and on which date, is said in the rules.
 */
public enum PermitType {
    INDUSTRIAL_SITE,
    FACTORY_ESTABLISHMENT,
    RURAL_ROAD_OCCUPANCY,
    /** 매장유산법 제8조 협의 (제19조제1항제4호), an article deleted from 2025-02-14. */
    BURIED_HERITAGE,
    /** 국가유산영향진단법 제9조제1항제2호 영향진단 (반도체특별법 제26조제4호). */
    HERITAGE_IMPACT_DIAGNOSIS,
    LANDSCAPE_REVIEW,
    DISASTER_IMPACT_REVIEW,
    MILITARY_CONSULTATION,
    OTHER
}
