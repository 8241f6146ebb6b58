package kr.policy.checker.domain.permittimeout;

/** The 인·허가 of 제19조제1항 and 시행령 제30조제2항; which of them the time-out covers is said in the rules. */
public enum PermitType {
    INDUSTRIAL_SITE,
    FACTORY_ESTABLISHMENT,
    RURAL_ROAD_OCCUPANCY,
    BURIED_HERITAGE,
    LANDSCAPE_REVIEW,
    DISASTER_IMPACT_REVIEW,
    MILITARY_CONSULTATION,
    OTHER
}
