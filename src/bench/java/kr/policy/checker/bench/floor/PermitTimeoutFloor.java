package kr.policy.checker.bench.floor;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import kr.policy.checker.calendar.Convention;
import kr.policy.checker.calendar.PeriodCalculator;
import kr.policy.checker.domain.permittimeout.Channel;
import kr.policy.checker.domain.permittimeout.MissedDeadline;
import kr.policy.checker.domain.permittimeout.PermitTimeoutCase;
import kr.policy.checker.domain.permittimeout.PermitTimeoutOutcome;
import kr.policy.checker.domain.permittimeout.PermitTimeoutResult;
import kr.policy.checker.domain.permittimeout.PermitType;
import kr.policy.checker.engine.ExplanationEntry;

/**
 * 인·허가 타임아웃제 (국가첨단전략산업법 제19조, 제25조의2제3항; 반도체특별법 제27조) written by hand: the steps of
 * rules/permit-timeout/permit-timeout.drl in their firing order. Valid input only; the refusals are left out.
 */
public final class PermitTimeoutFloor {
    /** 제19조 (인·허가 신속처리) in force. */
    private static final LocalDate ARTICLE_19_FROM = LocalDate.of(2022, 8, 4);
    /** 제19조제5항 (처리완료 간주) and the 특화단지 developer's time-out in force. */
    private static final LocalDate TIMEOUT_FROM = LocalDate.of(2023, 7, 1);
    /** 제25조의2제3항 (선도사업) in force. */
    private static final LocalDate LEAD_PROJECT_FROM = LocalDate.of(2024, 1, 19);
    /** 매장유산법 제8조 deleted (법률 제20285호). */
    private static final LocalDate BURIED_HERITAGE_DELETED = LocalDate.of(2025, 2, 14);
    /** 정부조직법 (법률 제21065호): 산업통상자원부 becomes 산업통상부. */
    private static final LocalDate MINISTRY_RENAMED = LocalDate.of(2025, 10, 1);
    /** 반도체특별법 (법률 제21337호) in force. */
    private static final LocalDate SEMICONDUCTOR_ACT_FROM = LocalDate.of(2026, 8, 11);

    private static final int PLAN_DAYS = 15;
    private static final int PLAN_MAX_DAYS = 30;
    private static final int RESULT_DAYS = 15;
    private static final int TIMEOUT_DAYS = 60;

    private static final String ADVANCED_ACT = "advanced-industry-act";
    private static final String SEMICONDUCTOR_ACT = "semiconductor-act";

    /** The article a channel proceeds under, with the legal bases the shared period rules cite (messages basis.Channel.*). */
    private static final class Statute {
        final String source;
        final String committee;
        final String permitList;
        final String request;
        final String plan;
        final String result;
        final String timeout;
        final String planMissed;
        final String resultMissed;
        final String processed;
        final String ministerBefore;
        final String ministerAfter;

        Statute(String basis, String source, String committee, String permitList) {
            this.source = source;
            this.committee = committee;
            this.permitList = permitList;
            this.request = basis + "제2항";
            this.plan = basis + "제3항";
            this.result = basis + "제4항";
            this.timeout = basis + "제5항";
            this.planMissed = basis + "제3항·제5항";
            this.resultMissed = basis + "제4항·제5항";
            this.processed = basis + "제3항·제4항";
            this.ministerBefore = basis + "제2항 (법률 제21065호로 개정되기 전)";
            this.ministerAfter = basis + "제2항, 정부조직법 제29조 (법률 제21065호, 2025-10-01 시행)";
        }
    }

    private static final Statute ADVANCED = new Statute("국가첨단전략산업법 제19조", ADVANCED_ACT,
            "국가첨단전략산업위원회", "국가첨단전략산업법 제19조제1항, 시행령 제30조제2항");
    private static final Statute SEMICONDUCTOR = new Statute("반도체특별법 제27조", SEMICONDUCTOR_ACT,
            "반도체산업경쟁력강화특별위원회", "반도체특별법 제26조");
    /** OTHER proceeds under no statute; its rules cite 제19조 but no committee. */
    private static final Statute NONE = new Statute("국가첨단전략산업법 제19조", ADVANCED_ACT,
            "해당 없음", "국가첨단전략산업법 제19조제1항, 시행령 제30조제2항");

    private final PeriodCalculator periods;

    public PermitTimeoutFloor(PeriodCalculator periods) {
        this.periods = periods;
    }

    public FloorAnswer evaluate(PermitTimeoutCase c, LocalDate today) {
        LocalDate asOf = c.asOf() != null ? c.asOf() : today;
        // the Minister's request starts the procedure; before one exists, the law of asOf applies
        LocalDate legalDate = c.requestDate() != null ? c.requestDate() : asOf;
        Statute s = statute(c.channel());
        PermitTimeoutResult r = new PermitTimeoutResult(c.convention());
        List<ExplanationEntry> why = new ArrayList<>(12);

        if (r.getConvention() == null) {
            r.setConvention(Convention.CIVIL);
            why.add(new ExplanationEntry("periods counted by the Civil Act",
                    "행정기본법 제6조제1항, 민법 제157조·제159조·제161조", "administrative-basic-act",
                    "기간은 행정기본법 제6조제1항에 따라 민법을 준용하여 계산합니다. 첫날은 산입하지 않고, "
                            + "말일이 토요일·공휴일이면 그 다음 날 만료합니다."));
        }
        coverage(c, s, legalDate, r, why);
        if (r.getOutcome() == null) {
            minister(s, legalDate, why);
            if (c.requestDate() == null) {
                r.setOutcome(PermitTimeoutOutcome.AWAITING_REQUEST);
                why.add(entry("no request yet", s.request, s.source,
                        "장관의 신속처리 요청일이 아직 없습니다. 60일은 요청이 있은 날부터 진행합니다."));
            }
        }
        if (r.getOutcome() == null) {
            countPeriods(c, s, legalDate, r, why);
            findMissedDeadline(c, s, asOf, r, why);
            decide(c, s, asOf, legalDate, r, why);
            countdown(s, asOf, r, why);
        }
        return new FloorAnswer(r.getOutcome(), r, why, List.of());
    }

    private static Statute statute(Channel channel) {
        return switch (channel) {
            case SPECIAL_COMPLEX, LEAD_PROJECT -> ADVANCED;
            case SEMICONDUCTOR_CLUSTER_SITE, SEMICONDUCTOR_CLUSTER_INFRA -> SEMICONDUCTOR;
            case OTHER -> NONE;
        };
    }

    /**
     * Who may use the time-out (제19조, 제25조의2, 반도체특별법 제27조), which permits it covers (제19조제1항, 시행령
     * 제30조제2항; 반도체특별법 제26조), why a case is not covered, and the gaps that make it NOT_COVERED.
     */
    private static void coverage(PermitTimeoutCase c, Statute s, LocalDate legalDate, PermitTimeoutResult r,
                                 List<ExplanationEntry> why) {
        boolean semiconductor = s == SEMICONDUCTOR;
        boolean semiconductorInForce = !legalDate.isBefore(SEMICONDUCTOR_ACT_FROM);
        switch (c.channel()) {
            case SPECIAL_COMPLEX -> {
                if (!legalDate.isBefore(TIMEOUT_FROM)) {
                    r.setChannelCovered(true);
                    why.add(entry("special complex developer is covered", "국가첨단전략산업법 제19조제1항·제5항", ADVANCED_ACT,
                            "특화단지 사업시행자(국가첨단전략산업법 제19조)의 신청은 인·허가 타임아웃제 적용 대상입니다. 장관은 "
                                    + s.committee + "의 심의·의결을 거쳐 신속처리를 요청합니다."));
                }
            }
            case LEAD_PROJECT -> {
                if (!legalDate.isBefore(LEAD_PROJECT_FROM)) {
                    r.setChannelCovered(true);
                    why.add(entry("lead project firm is covered", "국가첨단전략산업법 제25조의2제3항, 제19조 준용", ADVANCED_ACT,
                            "선도사업을 추진하는 사업자(국가첨단전략산업법 제25조의2제3항, 제19조 준용)의 신청은 인·허가 타임아웃제 "
                                    + "적용 대상입니다. 장관은 " + s.committee + "의 심의·의결을 거쳐 신속처리를 요청합니다."));
                }
            }
            case SEMICONDUCTOR_CLUSTER_SITE -> {
                if (semiconductorInForce) {
                    r.setChannelCovered(true);
                    why.add(entry("semiconductor cluster developer is covered", "반도체특별법 제27조제1항·제5항",
                            SEMICONDUCTOR_ACT, "반도체클러스터 사업시행자가 부지를 조성하며 한 신청은 반도체특별법 제27조의 신속처리 "
                                    + "특례 대상입니다. 장관은 " + s.committee + "의 심의·의결을 거쳐 신속처리를 요청합니다."));
                }
            }
            case SEMICONDUCTOR_CLUSTER_INFRA -> {
                if (semiconductorInForce) {
                    r.setChannelCovered(true);
                    why.add(entry("semiconductor cluster infrastructure builder is covered",
                            "반도체특별법 제27조제1항·제5항, 제14조제1항", SEMICONDUCTOR_ACT,
                            "국가·지방자치단체 등이 반도체클러스터 산업기반시설(제14조제1항)을 조성하며 한 신청은 반도체특별법 제27조의 "
                                    + "신속처리 특례 대상입니다. 장관은 " + s.committee + "의 심의·의결을 거쳐 신속처리를 요청합니다."));
                }
            }
            case OTHER -> {
                // not covered; explained below
            }
        }
        PermitType type = c.permitType();
        if (semiconductor) {
            // 반도체특별법 제26조 is a closed list: no decree adds to it
            if (semiconductorInForce && (type == PermitType.INDUSTRIAL_SITE || type == PermitType.FACTORY_ESTABLISHMENT
                    || type == PermitType.RURAL_ROAD_OCCUPANCY || type == PermitType.HERITAGE_IMPACT_DIAGNOSIS)) {
                r.setPermitTypeCovered(true);
                why.add(entry("permit listed in semiconductor act article 26", "반도체특별법 제26조제1호–제4호",
                        SEMICONDUCTOR_ACT, "대상 인·허가(" + KoreanNames.of(type) + ")는 반도체특별법 제26조에 열거된 인·허가등입니다."));
            }
        } else if (!legalDate.isBefore(ARTICLE_19_FROM)) {
            switch (type) {
                case INDUSTRIAL_SITE, FACTORY_ESTABLISHMENT, RURAL_ROAD_OCCUPANCY -> {
                    r.setPermitTypeCovered(true);
                    why.add(entry("permit listed in article 19(1)", "국가첨단전략산업법 제19조제1항제1호–제3호", ADVANCED_ACT,
                            "대상 인·허가(" + KoreanNames.of(type) + ")는 국가첨단전략산업법 제19조제1항에 열거된 인·허가등입니다."));
                }
                case BURIED_HERITAGE -> {
                    if (legalDate.isBefore(BURIED_HERITAGE_DELETED)) {
                        r.setPermitTypeCovered(true);
                        why.add(entry("buried heritage consultation listed in article 19(1)4",
                                "국가첨단전략산업법 제19조제1항제4호, 매장유산법 제8조", ADVANCED_ACT,
                                "매장유산 협의(" + KoreanNames.of(type) + ")는 제19조제1항제4호에 열거된 인·허가등입니다("
                                        + legalDate + " 기준 매장유산법 제8조가 시행 중)."));
                    } else if (c.legacyHeritageConsultation()) {
                        r.setPermitTypeCovered(true);
                        why.add(entry("buried heritage consultation still pending under the old act",
                                "국가유산영향진단법 부칙 제3조 (법률 제20284호), 국가첨단전략산업법 제19조제1항제4호", "heritage-impact-act",
                                "매장유산법 제8조는 2025-02-14부터 삭제되었으나, 그 전에 시작되어 국가유산영향진단법 부칙 제3조에 따라 "
                                        + "옛 법으로 진행 중인 매장유산 협의이므로 제19조제1항제4호의 인·허가등으로 봅니다."));
                    }
                }
                case LANDSCAPE_REVIEW, DISASTER_IMPACT_REVIEW, MILITARY_CONSULTATION -> {
                    r.setPermitTypeCovered(true);
                    why.add(entry("permit added by decree article 30(2)",
                            "국가첨단전략산업법 제19조제1항제5호, 시행령 제30조제2항", "advanced-industry-decree",
                            "대상 인·허가(" + KoreanNames.of(type) + ")는 시행령 제30조제2항으로 추가된 인·허가등입니다."));
                }
                case HERITAGE_IMPACT_DIAGNOSIS, OTHER -> {
                    // not covered; explained below
                }
            }
        }
        // at most one of these applies to a case
        if (semiconductor) {
            if (!semiconductorInForce) {
                why.add(entry("semiconductor act not yet in force", "반도체특별법 부칙 제1조 (법률 제21337호, 2026-08-11 시행)",
                        SEMICONDUCTOR_ACT, "반도체특별법은 2026-08-11부터 시행되므로, 그 전(" + legalDate
                                + ")의 요청에는 제27조의 신속처리 특례가 적용되지 않습니다."));
            } else if (c.channel() == Channel.SEMICONDUCTOR_CLUSTER_INFRA && r.isChannelCovered() && r.isPermitTypeCovered()) {
                why.add(entry("infrastructure route: who receives the result is to be confirmed", "반도체특별법 제27조제3항·제4항",
                        SEMICONDUCTOR_ACT, "반도체특별법 제27조제3항·제4항은 자료 보완 요구와 처리결과 통보를 받는 자로 사업시행자만 "
                                + "정합니다. 산업기반시설을 조성하는 국가·지방자치단체 등의 신청에서 누가 이를 받는지는 확인이 필요합니다."));
            }
        } else if (type == PermitType.BURIED_HERITAGE && !c.legacyHeritageConsultation()
                && !legalDate.isBefore(BURIED_HERITAGE_DELETED)) {
            why.add(entry("buried heritage article deleted",
                    "매장유산법 제8조 (삭제, 법률 제20285호 2025-02-14 시행), 국가첨단전략산업법 제19조제1항제4호", "buried-heritage-act",
                    "국가첨단전략산업법 제19조제1항제4호가 인용하는 매장유산법 제8조는 2025-02-14부터 삭제되었고(법률 제20285호), "
                            + "이를 국가유산영향진단법으로 옮겨 읽게 하는 부칙이 없습니다. 따라서 " + legalDate
                            + "의 매장유산 협의는 타임아웃제 대상으로 보지 않습니다. 이 해석은 소관 부처의 유권해석을 기다리는 잠정적 판단입니다."));
        } else if (type == PermitType.HERITAGE_IMPACT_DIAGNOSIS) {
            why.add(entry("heritage impact diagnosis is not in article 19(1)", "국가첨단전략산업법 제19조제1항, 반도체특별법 제26조제4호",
                    ADVANCED_ACT, "국가유산영향진단법의 영향진단은 국가첨단전략산업법 제19조제1항과 시행령 제30조제2항에 열거되어 있지 "
                            + "않습니다. 반도체특별법 제26조제4호만 이를 명시합니다. 담당자의 검토가 필요합니다."));
        }
        // both gaps are explained when both apply
        if (!r.isChannelCovered()) {
            r.setOutcome(PermitTimeoutOutcome.NOT_COVERED);
            why.add(entry("channel not covered", "국가첨단전략산업법 제19조제1항, 제25조의2제3항, 반도체특별법 제27조제1항", ADVANCED_ACT,
                    "신청 주체(" + KoreanNames.of(c.channel()) + ")는 " + legalDate
                            + " 기준 인·허가 타임아웃제 적용 대상이 아닙니다. 특화단지 사업시행자(국가첨단전략산업법 제19조, 2023-07-01 시행), "
                            + "선도사업 사업자(제25조의2, 2024-01-19 시행), 반도체클러스터 사업시행자와 산업기반시설을 조성하는 "
                            + "국가·지방자치단체 등(반도체특별법 제27조, 2026-08-11 시행)만 해당합니다."));
        }
        if (!r.isPermitTypeCovered()) {
            r.setOutcome(PermitTimeoutOutcome.NOT_COVERED);
            why.add(entry("permit type not covered", s.permitList, s.source,
                    "인·허가 종류(" + KoreanNames.of(type) + ")는 " + legalDate + " 기준 타임아웃제 대상(" + s.permitList
                            + " 각 호)이 아닙니다."));
        }
    }

    /** The minister who requests, by the name in force on the legal date (정부조직법 법률 제21065호). */
    private static void minister(Statute s, LocalDate legalDate, List<ExplanationEntry> why) {
        if (legalDate.isBefore(MINISTRY_RENAMED)) {
            why.add(entry("requesting minister before the ministry was renamed", s.ministerBefore, s.source,
                    "신속처리는 " + legalDate + " 당시의 명칭대로 산업통상자원부장관이 요청합니다."));
        } else {
            why.add(entry("requesting minister after the ministry was renamed", s.ministerAfter,
                    "government-organization-act", "신속처리는 산업통상부장관이 요청합니다. 산업통상자원부는 2025-10-01 "
                            + "정부조직법 개정(법률 제21065호)으로 산업통상부가 되었습니다."));
        }
    }

    /** The plan (제3항), result (제4항) and time-out (제5항) periods. */
    private void countPeriods(PermitTimeoutCase c, Statute s, LocalDate legalDate, PermitTimeoutResult r,
                              List<ExplanationEntry> why) {
        Convention convention = r.getConvention();
        if (!legalDate.isBefore(ARTICLE_19_FROM)) {
            // days spent supplementing documents are not counted, but the plan is due within 30 days in any case
            int days = Math.min(PLAN_DAYS + c.supplementDays(), PLAN_MAX_DAYS);
            r.setPlanPeriodDays(days);
            r.setPlanDueDate(periods.expiry(c.requestDate(), days, convention));
            why.add(entry("plan reply period", s.plan, s.source,
                    "처리계획 회신기한: 요청일(" + c.requestDate() + ")부터 " + days + "일(15일에 자료 보완기간 "
                            + c.supplementDays() + "일을 더하되 최대 30일), 만료일 " + r.getPlanDueDate() + "."));
            if (c.planSubmittedDate() != null) {
                // extended once by up to 15 days (the bound is a refusal, checked before)
                int resultDays = RESULT_DAYS + c.extensionDays();
                r.setResultPeriodDays(resultDays);
                r.setResultDueDate(periods.expiry(c.planSubmittedDate(), resultDays, convention));
                why.add(entry("result notice period", s.result, s.source,
                        "처리결과 통보기한: 처리계획 회신일(" + c.planSubmittedDate() + ")부터 " + resultDays
                                + "일(15일에 연장 " + c.extensionDays() + "일을 더함), 만료일 " + r.getResultDueDate() + "."));
            }
        }
        if (!legalDate.isBefore(TIMEOUT_FROM)) {
            // "요청이 있은 날부터 60일이 지난 날": the day after the 60-day period expires
            LocalDate expiry = periods.expiry(c.requestDate(), TIMEOUT_DAYS, convention);
            r.setTimeoutPeriodDays(TIMEOUT_DAYS);
            r.setTimeoutExpiryDate(expiry);
            r.setDeemedProcessedDate(periods.dayAfter(expiry));
            why.add(entry("time-out period", s.timeout, s.source,
                    "요청일(" + c.requestDate() + ")부터 60일의 말일은 " + expiry
                            + "입니다. 기한을 지키지 않으면 그다음 날인 " + r.getDeemedProcessedDate()
                            + "에 처리가 완료된 것으로 봅니다."));
        }
    }

    /** The first interim deadline missed, plan before result; a deadline day itself is still in time. */
    private static void findMissedDeadline(PermitTimeoutCase c, Statute s, LocalDate asOf, PermitTimeoutResult r,
                                           List<ExplanationEntry> why) {
        LocalDate planDue = r.getPlanDueDate();
        if (planDue == null) {
            return;
        }
        LocalDate plan = c.planSubmittedDate();
        if (plan == null) {
            if (asOf.isAfter(planDue)) {
                r.setMissedDeadline(MissedDeadline.PLAN);
                why.add(entry("plan not returned by its deadline", s.planMissed, s.source,
                        "처리계획 회신기한(" + planDue + ")이 지났는데 처리계획이 회신되지 않았습니다."));
            }
            return;
        }
        if (plan.isAfter(planDue)) {
            r.setMissedDeadline(MissedDeadline.PLAN);
            why.add(entry("plan returned late", s.planMissed, s.source,
                    "처리계획이 회신기한(" + planDue + ")을 넘겨 " + plan + "에 회신되었습니다."));
            return;
        }
        LocalDate resultDue = r.getResultDueDate();
        if (resultDue == null) {
            return;
        }
        LocalDate result = c.resultNotifiedDate();
        if (result == null && asOf.isAfter(resultDue)) {
            r.setMissedDeadline(MissedDeadline.RESULT);
            why.add(entry("result not notified by its deadline", s.resultMissed, s.source,
                    "처리결과 통보기한(" + resultDue + ")이 지났는데 처리결과가 통보되지 않았습니다."));
        } else if (result != null && result.isAfter(resultDue)) {
            r.setMissedDeadline(MissedDeadline.RESULT);
            why.add(entry("result notified late", s.resultMissed, s.source,
                    "처리결과가 통보기한(" + resultDue + ")을 넘겨 " + result + "에 통보되었습니다."));
        }
    }

    /** A missed deadline means deemed processing (제5항); otherwise processed, or still pending. */
    private static void decide(PermitTimeoutCase c, Statute s, LocalDate asOf, LocalDate legalDate,
                               PermitTimeoutResult r, List<ExplanationEntry> why) {
        LocalDate deemed = r.getDeemedProcessedDate();
        if (r.getMissedDeadline() != null) {
            if (deemed != null && !legalDate.isBefore(TIMEOUT_FROM)) {
                if (!asOf.isBefore(deemed)) {
                    r.setOutcome(PermitTimeoutOutcome.DEEMED_PROCESSED);
                    why.add(entry("deemed processed", s.timeout, s.source,
                            deemed + "에 인·허가등의 처리가 완료된 것으로 보았습니다(처리완료 간주)."));
                } else {
                    r.setOutcome(PermitTimeoutOutcome.DEEMING_SCHEDULED);
                    why.add(entry("deeming scheduled", s.timeout, s.source,
                            "기한을 지키지 않았으므로 " + deemed + "에 인·허가등의 처리가 완료된 것으로 보게 됩니다(처리완료 간주 예정)."));
                }
            }
            return;
        }
        if (c.planSubmittedDate() == null) {
            r.setOutcome(PermitTimeoutOutcome.PENDING);
            why.add(entry("plan not yet due", s.plan, s.source,
                    "처리계획 회신기한(" + r.getPlanDueDate() + ")이 아직 지나지 않았습니다. 기한 당일까지는 기한 내입니다."));
        } else if (c.resultNotifiedDate() != null) {
            r.setOutcome(PermitTimeoutOutcome.PROCESSED);
            why.add(entry("processed on time", s.processed, s.source,
                    "처리계획(" + c.planSubmittedDate() + ")과 처리결과(" + c.resultNotifiedDate()
                            + ")가 모두 기한 안에 이루어졌습니다. 거부 통보도 처리에 해당합니다."));
        } else {
            r.setOutcome(PermitTimeoutOutcome.PENDING);
            why.add(entry("result not yet due", s.result, s.source,
                    "처리결과 통보기한(" + r.getResultDueDate() + ")이 아직 지나지 않았습니다. 기한 당일까지는 기한 내입니다."));
        }
    }

    private void countdown(Statute s, LocalDate asOf, PermitTimeoutResult r, List<ExplanationEntry> why) {
        PermitTimeoutOutcome outcome = r.getOutcome();
        boolean open = outcome == PermitTimeoutOutcome.PENDING || outcome == PermitTimeoutOutcome.DEEMING_SCHEDULED;
        if (open && r.getDeemedProcessedDate() != null) {
            r.setDaysUntilDeemed(periods.daysBetween(asOf, r.getDeemedProcessedDate()));
            why.add(entry("days until deemed", s.timeout, s.source,
                    "처리완료 간주일(" + r.getDeemedProcessedDate() + ")까지 " + r.getDaysUntilDeemed() + "일 남았습니다."));
        }
    }

    /** An explanation entry as the engine writes it: the rule, its legal basis, its source's id and the message. */
    private static ExplanationEntry entry(String rule, String legalBasis, String source, String message) {
        return new ExplanationEntry(rule, legalBasis, source, message);
    }
}
