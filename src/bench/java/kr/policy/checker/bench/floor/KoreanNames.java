package kr.policy.checker.bench.floor;

import kr.policy.checker.domain.permittimeout.Channel;
import kr.policy.checker.domain.permittimeout.PermitType;
import kr.policy.checker.domain.reshoring.Technology;
import kr.policy.checker.domain.voucher.CompanySize;
import kr.policy.checker.domain.voucher.Sector;
import kr.policy.checker.domain.voucher.Tier;

/** The Korean names of the enum values that explanation messages show (as in the domains' messages_ko files). */
final class KoreanNames {
    private KoreanNames() {
    }

    static String of(Channel channel) {
        return switch (channel) {
            case SPECIAL_COMPLEX -> "특화단지 사업시행자";
            case LEAD_PROJECT -> "선도사업 사업자";
            case SEMICONDUCTOR_CLUSTER_SITE -> "반도체클러스터 사업시행자(부지 조성)";
            case SEMICONDUCTOR_CLUSTER_INFRA -> "반도체클러스터 산업기반시설을 조성하는 국가·지방자치단체 등";
            case OTHER -> "그 밖의 신청인";
        };
    }

    static String of(PermitType type) {
        return switch (type) {
            case INDUSTRIAL_SITE -> "산업입지법 제21조 인·허가 의제 협의·승인";
            case FACTORY_ESTABLISHMENT -> "산업집적법 제13조의2 인·허가 의제 협의";
            case RURAL_ROAD_OCCUPANCY -> "농어촌도로 정비법 제18조 도로 점용 허가";
            case BURIED_HERITAGE -> "매장유산법 제8조 개발사업 협의(2025-02-14 삭제)";
            case HERITAGE_IMPACT_DIAGNOSIS -> "국가유산영향진단법 제9조제1항제2호 영향진단";
            case LANDSCAPE_REVIEW -> "경관법 경관위원회 심의";
            case DISASTER_IMPACT_REVIEW -> "자연재해대책법 재해영향성검토·재해영향평가 협의";
            case MILITARY_CONSULTATION -> "군사기지법 제13조 협의";
            case OTHER -> "그 밖의 인·허가";
        };
    }

    static String of(Technology technology) {
        return switch (technology) {
            case NATIONAL_ADVANCED_STRATEGIC -> "국가첨단전략기술";
            case NATIONAL_STRATEGIC -> "국가전략기술";
            case OTHER -> "그 밖의 기술";
        };
    }

    static String of(Tier tier) {
        return switch (tier) {
            case DOMESTIC -> "내수";
            case BEGINNER -> "초보";
            case PROMISING -> "유망";
            case GROWTH -> "성장";
            case STRONG -> "강소";
        };
    }

    static String of(CompanySize size) {
        return switch (size) {
            case SME -> "중소기업";
            case MIDSIZE -> "중견기업";
            case LARGE -> "대기업";
        };
    }

    static String of(Sector sector) {
        return switch (sector) {
            case MATERIALS_PARTS_EQUIPMENT -> "소재·부품·장비";
            case CONSUMER_GOODS -> "소비재";
            case SERVICES -> "서비스";
            case GREEN -> "그린";
            case DISTRIBUTION_OR_TRADING -> "유통·무역상사";
            case OTHER -> "그 밖의 분야";
        };
    }
}
