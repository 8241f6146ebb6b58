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
import kr.policy.checker.engine.ExplanationEntry;

/**
 * 인·허가 타임아웃제 (국가첨단전략산업법 제19조, 제25조의2제3항) written by hand: the steps of
 * rules/permit-timeout/permit-timeout.drl in their firing order. Valid input only; the refusals are left out.
 */
public final class PermitTimeoutFloor {
    /** 제19조 (인·허가 신속처리) in force. */
    private static final LocalDate ARTICLE_19_FROM = LocalDate.of(2022, 8, 4);
    /** 제19조제5항 (처리완료 간주) and the 특화단지 developer's time-out in force. */
    private static final LocalDate TIMEOUT_FROM = LocalDate.of(2023, 7, 1);
    /** 제25조의2제3항 (선도사업) in force. */
    private static final LocalDate LEAD_PROJECT_FROM = LocalDate.of(2024, 1, 19);

    private static final int PLAN_DAYS = 15;
    private static final int PLAN_MAX_DAYS = 30;
    private static final int RESULT_DAYS = 15;
    private static final int TIMEOUT_DAYS = 60;

    private final PeriodCalculator periods;

    public PermitTimeoutFloor(PeriodCalculator periods) {
        this.periods = periods;
    }

    public FloorAnswer evaluate(PermitTimeoutCase c, LocalDate today) {
        LocalDate asOf = c.asOf() != null ? c.asOf() : today;
        // the Minister's request starts the procedure; before one exists, the law of asOf applies
        LocalDate legalDate = c.requestDate() != null ? c.requestDate() : asOf;
        PermitTimeoutResult r = new PermitTimeoutResult(c.convention());
        List<ExplanationEntry> why = new ArrayList<>(10);

        if (r.getConvention() == null) {
            r.setConvention(Convention.CIVIL);
            why.add(entry("periods counted by the Civil Act",
                    "행정기본법 제6조제1항, 민법 제157조·제159조·제161조",
                    "기간은 행정기본법 제6조제1항에 따라 민법을 준용하여 계산합니다. 첫날은 산입하지 않고, "
                            + "말일이 토요일·공휴일이면 그 다음 날 만료합니다."));
        }
        coverage(c, legalDate, r, why);
        if (r.getOutcome() == null && c.requestDate() == null) {
            r.setOutcome(PermitTimeoutOutcome.AWAITING_REQUEST);
            why.add(entry("no request yet", "국가첨단전략산업법 제19조제2항",
                    "장관의 신속처리 요청일이 아직 없습니다. 60일은 요청이 있은 날부터 진행합니다."));
        }
        if (r.getOutcome() == null) {
            countPeriods(c, legalDate, r, why);
            findMissedDeadline(c, asOf, r, why);
            decide(c, asOf, legalDate, r, why);
            countdown(asOf, r, why);
        }
        return new FloorAnswer(r.getOutcome(), r, why, List.of());
    }

    /** Who may use the time-out (제19조, 제25조의2) and which permits it covers (제19조제1항, 시행령 제30조제2항). */
    private static void coverage(PermitTimeoutCase c, LocalDate legalDate, PermitTimeoutResult r,
                                 List<ExplanationEntry> why) {
        if (c.channel() == Channel.SPECIAL_COMPLEX && !legalDate.isBefore(TIMEOUT_FROM)) {
            r.setChannelCovered(true);
            why.add(entry("special complex developer is covered", "국가첨단전략산업법 제19조제1항·제5항",
                    "특화단지 사업시행자(제19조)의 신청은 인·허가 타임아웃제 적용 대상입니다."));
        } else if (c.channel() == Channel.LEAD_PROJECT && !legalDate.isBefore(LEAD_PROJECT_FROM)) {
            r.setChannelCovered(true);
            why.add(entry("lead project firm is covered", "국가첨단전략산업법 제25조의2제3항, 제19조 준용",
                    "선도사업을 추진하는 사업자(제25조의2제3항, 제19조 준용)의 신청은 인·허가 타임아웃제 적용 대상입니다."));
        }
        if (!legalDate.isBefore(ARTICLE_19_FROM)) {
            switch (c.permitType()) {
                case INDUSTRIAL_SITE, FACTORY_ESTABLISHMENT, RURAL_ROAD_OCCUPANCY, BURIED_HERITAGE -> {
                    r.setPermitTypeCovered(true);
                    why.add(entry("permit listed in article 19(1)", "국가첨단전략산업법 제19조제1항제1호–제4호",
                            "대상 인·허가(" + KoreanNames.of(c.permitType()) + ")는 제19조제1항에 열거된 인·허가등입니다."));
                }
                case LANDSCAPE_REVIEW, DISASTER_IMPACT_REVIEW, MILITARY_CONSULTATION -> {
                    r.setPermitTypeCovered(true);
                    why.add(entry("permit added by decree article 30(2)",
                            "국가첨단전략산업법 제19조제1항제5호, 시행령 제30조제2항",
                            "대상 인·허가(" + KoreanNames.of(c.permitType()) + ")는 시행령 제30조제2항으로 추가된 인·허가등입니다."));
                }
                case OTHER -> {
                    // not covered; explained below
                }
            }
        }
        // both gaps are explained when both apply
        if (!r.isChannelCovered()) {
            r.setOutcome(PermitTimeoutOutcome.NOT_COVERED);
            why.add(entry("channel not covered", "국가첨단전략산업법 제19조제1항, 제25조의2제3항",
                    "신청 주체(" + KoreanNames.of(c.channel()) + ")는 " + legalDate
                            + " 기준 인·허가 타임아웃제 적용 대상이 아닙니다. 특화단지 사업시행자(제19조, 2023-07-01 시행)와 "
                            + "선도사업 사업자(제25조의2, 2024-01-19 시행)만 해당합니다."));
        }
        if (!r.isPermitTypeCovered()) {
            r.setOutcome(PermitTimeoutOutcome.NOT_COVERED);
            why.add(entry("permit type not covered", "국가첨단전략산업법 제19조제1항, 시행령 제30조제2항",
                    "인·허가 종류(" + KoreanNames.of(c.permitType())
                            + ")는 타임아웃제 대상(제19조제1항 각 호, 시행령 제30조제2항)이 아닙니다."));
        }
    }

    /** The plan (제19조제3항), result (제4항) and time-out (제5항) periods. */
    private void countPeriods(PermitTimeoutCase c, LocalDate legalDate, PermitTimeoutResult r,
                              List<ExplanationEntry> why) {
        Convention convention = r.getConvention();
        if (!legalDate.isBefore(ARTICLE_19_FROM)) {
            // days spent supplementing documents are not counted, but the plan is due within 30 days in any case
            int days = Math.min(PLAN_DAYS + c.supplementDays(), PLAN_MAX_DAYS);
            r.setPlanPeriodDays(days);
            r.setPlanDueDate(periods.expiry(c.requestDate(), days, convention));
            why.add(entry("plan reply period", "국가첨단전략산업법 제19조제3항",
                    "처리계획 회신기한: 요청일(" + c.requestDate() + ")부터 " + days + "일(15일에 자료 보완기간 "
                            + c.supplementDays() + "일을 더하되 최대 30일), 만료일 " + r.getPlanDueDate() + "."));
            if (c.planSubmittedDate() != null) {
                // extended once by up to 15 days (the bound is a refusal, checked before)
                int resultDays = RESULT_DAYS + c.extensionDays();
                r.setResultPeriodDays(resultDays);
                r.setResultDueDate(periods.expiry(c.planSubmittedDate(), resultDays, convention));
                why.add(entry("result notice period", "국가첨단전략산업법 제19조제4항",
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
            why.add(entry("time-out period", "국가첨단전략산업법 제19조제5항",
                    "요청일(" + c.requestDate() + ")부터 60일의 말일은 " + expiry
                            + "입니다. 기한을 지키지 않으면 그다음 날인 " + r.getDeemedProcessedDate()
                            + "에 처리가 완료된 것으로 봅니다."));
        }
    }

    /** The first interim deadline missed, plan before result; a deadline day itself is still in time. */
    private static void findMissedDeadline(PermitTimeoutCase c, LocalDate asOf, PermitTimeoutResult r,
                                           List<ExplanationEntry> why) {
        LocalDate planDue = r.getPlanDueDate();
        if (planDue == null) {
            return;
        }
        LocalDate plan = c.planSubmittedDate();
        if (plan == null) {
            if (asOf.isAfter(planDue)) {
                r.setMissedDeadline(MissedDeadline.PLAN);
                why.add(entry("plan not returned by its deadline", "국가첨단전략산업법 제19조제3항·제5항",
                        "처리계획 회신기한(" + planDue + ")이 지났는데 처리계획이 회신되지 않았습니다."));
            }
            return;
        }
        if (plan.isAfter(planDue)) {
            r.setMissedDeadline(MissedDeadline.PLAN);
            why.add(entry("plan returned late", "국가첨단전략산업법 제19조제3항·제5항",
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
            why.add(entry("result not notified by its deadline", "국가첨단전략산업법 제19조제4항·제5항",
                    "처리결과 통보기한(" + resultDue + ")이 지났는데 처리결과가 통보되지 않았습니다."));
        } else if (result != null && result.isAfter(resultDue)) {
            r.setMissedDeadline(MissedDeadline.RESULT);
            why.add(entry("result notified late", "국가첨단전략산업법 제19조제4항·제5항",
                    "처리결과가 통보기한(" + resultDue + ")을 넘겨 " + result + "에 통보되었습니다."));
        }
    }

    /** A missed deadline means deemed processing (제19조제5항); otherwise processed, or still pending. */
    private static void decide(PermitTimeoutCase c, LocalDate asOf, LocalDate legalDate, PermitTimeoutResult r,
                               List<ExplanationEntry> why) {
        LocalDate deemed = r.getDeemedProcessedDate();
        if (r.getMissedDeadline() != null) {
            if (deemed != null && !legalDate.isBefore(TIMEOUT_FROM)) {
                if (!asOf.isBefore(deemed)) {
                    r.setOutcome(PermitTimeoutOutcome.DEEMED_PROCESSED);
                    why.add(entry("deemed processed", "국가첨단전략산업법 제19조제5항",
                            deemed + "에 인·허가등의 처리가 완료된 것으로 보았습니다(처리완료 간주)."));
                } else {
                    r.setOutcome(PermitTimeoutOutcome.DEEMING_SCHEDULED);
                    why.add(entry("deeming scheduled", "국가첨단전략산업법 제19조제5항",
                            "기한을 지키지 않았으므로 " + deemed + "에 인·허가등의 처리가 완료된 것으로 보게 됩니다(처리완료 간주 예정)."));
                }
            }
            return;
        }
        if (c.planSubmittedDate() == null) {
            r.setOutcome(PermitTimeoutOutcome.PENDING);
            why.add(entry("plan not yet due", "국가첨단전략산업법 제19조제3항",
                    "처리계획 회신기한(" + r.getPlanDueDate() + ")이 아직 지나지 않았습니다. 기한 당일까지는 기한 내입니다."));
        } else if (c.resultNotifiedDate() != null) {
            r.setOutcome(PermitTimeoutOutcome.PROCESSED);
            why.add(entry("processed on time", "국가첨단전략산업법 제19조제3항·제4항",
                    "처리계획(" + c.planSubmittedDate() + ")과 처리결과(" + c.resultNotifiedDate()
                            + ")가 모두 기한 안에 이루어졌습니다. 거부 통보도 처리에 해당합니다."));
        } else {
            r.setOutcome(PermitTimeoutOutcome.PENDING);
            why.add(entry("result not yet due", "국가첨단전략산업법 제19조제4항",
                    "처리결과 통보기한(" + r.getResultDueDate() + ")이 아직 지나지 않았습니다. 기한 당일까지는 기한 내입니다."));
        }
    }

    private void countdown(LocalDate asOf, PermitTimeoutResult r, List<ExplanationEntry> why) {
        PermitTimeoutOutcome outcome = r.getOutcome();
        boolean open = outcome == PermitTimeoutOutcome.PENDING || outcome == PermitTimeoutOutcome.DEEMING_SCHEDULED;
        if (open && r.getDeemedProcessedDate() != null) {
            r.setDaysUntilDeemed(periods.daysBetween(asOf, r.getDeemedProcessedDate()));
            why.add(entry("days until deemed", "국가첨단전략산업법 제19조제5항",
                    "처리완료 간주일(" + r.getDeemedProcessedDate() + ")까지 " + r.getDaysUntilDeemed() + "일 남았습니다."));
        }
    }

    /** An explanation entry as the engine writes it: the rule, its legal basis, its source's id and the message. */
    private static ExplanationEntry entry(String rule, String legalBasis, String message) {
        return new ExplanationEntry(rule, legalBasis, "advanced-industry-act", message);
    }
}
