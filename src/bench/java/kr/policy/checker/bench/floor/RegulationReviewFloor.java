package kr.policy.checker.bench.floor;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import kr.policy.checker.calendar.Convention;
import kr.policy.checker.calendar.PeriodCalculator;
import kr.policy.checker.domain.regulationreview.RecommendedAction;
import kr.policy.checker.domain.regulationreview.RegulationReviewCase;
import kr.policy.checker.domain.regulationreview.RegulationReviewOutcome;
import kr.policy.checker.domain.regulationreview.RegulationReviewResult;
import kr.policy.checker.domain.regulationreview.Track;
import kr.policy.checker.engine.ExplanationEntry;

/**
 * 규제 검토 기한 (국가첨단전략산업법 제29조; the 新산업정책2.0 sweep) written by hand: the steps of
 * rules/regulation-review/regulation-review.drl in their firing order. Valid input only; the refusals are left out.
 */
public final class RegulationReviewFloor {
    /** 제29조 in force; the review's start date decides. */
    private static final LocalDate ARTICLE_29_FROM = LocalDate.of(2022, 8, 4);

    private static final int DISCOVERED_DAYS = 45;
    private static final int FIRM_REQUEST_DAYS = 15;
    private static final int SUPPLEMENTED_MAX_DAYS = 45;

    private final PeriodCalculator periods;

    public RegulationReviewFloor(PeriodCalculator periods) {
        this.periods = periods;
    }

    public FloorAnswer evaluate(RegulationReviewCase c, LocalDate today) {
        LocalDate asOf = c.asOf() != null ? c.asOf() : today;
        LocalDate legalDate = c.startDate();
        RegulationReviewResult r = new RegulationReviewResult(c.convention());
        List<ExplanationEntry> why = new ArrayList<>(5);

        if (r.getConvention() == null) {
            r.setConvention(Convention.CIVIL);
            why.add(entry("periods counted by the Civil Act",
                    "행정기본법 제6조제1항, 민법 제157조·제159조·제161조",
                    "기간은 행정기본법 제6조제1항에 따라 민법을 준용하여 계산합니다. 첫날은 산입하지 않고, "
                            + "말일이 토요일·공휴일이면 그 다음 날 만료합니다."));
        }
        reviewPeriod(c, legalDate, r, why);
        if (r.getPeriodDays() != null) {
            // the contract adds the extension to the (capped) period: min(15 + supplements, 45) + extension
            int days = r.getPeriodDays() + (r.getExtensionDays() == null ? 0 : r.getExtensionDays());
            r.setDueDate(periods.expiry(c.startDate(), days, r.getConvention()));
            why.add(entry("due date", "국가첨단전략산업법 제29조제2항·제3항",
                    "검토 시작일(" + c.startDate() + ")부터 기간을 계산한 회신기한은 " + r.getDueDate() + "입니다."));
            decide(c, asOf, r, why);
        }
        return new FloorAnswer(r.getOutcome(), r, why, List.of());
    }

    private static void reviewPeriod(RegulationReviewCase c, LocalDate legalDate, RegulationReviewResult r,
                                     List<ExplanationEntry> why) {
        if (c.track() == Track.DISCOVERED) {
            r.setPeriodDays(DISCOVERED_DAYS);
            why.add(entry("discovered regulation reviewed within 45 days",
                    "新산업정책2.0 (산업통상자원부, 2024.2.) 규제 발굴 후 45일 내 검토결과 첨단위 제출: 행정 절차, 법정 기한 아님",
                    "정부가 발굴한 규제는 45일 안에 검토결과를 국가첨단전략산업위원회에 제출합니다. "
                            + "이 기한은 新산업정책2.0의 행정 절차이며 법률에 정한 기한은 아닙니다."));
            return;
        }
        if (c.track() != Track.FIRM_REQUEST || legalDate.isBefore(ARTICLE_29_FROM)) {
            return;
        }
        if (c.supplementDays() == 0) {
            r.setPeriodDays(FIRM_REQUEST_DAYS);
            why.add(entry("firm request answered within 15 days", "국가첨단전략산업법 제29조제2항",
                    "관계 행정기관의 장은 규제개선 신청내용을 검토하여 15일 이내에 회신하여야 합니다."));
        } else {
            // days spent on supplements are not counted, but the reply is due within 45 days in any case
            r.setPeriodDays(Math.min(FIRM_REQUEST_DAYS + c.supplementDays(), SUPPLEMENTED_MAX_DAYS));
            why.add(entry("supplement days added, at most 45 days", "국가첨단전략산업법 제29조제3항",
                    "자료 보완에 걸린 " + c.supplementDays() + "일은 회신기간에 산입하지 않되, 45일 이내에는 회신하여야 하므로 "
                            + "회신기간은 " + r.getPeriodDays() + "일입니다."));
        }
        if (c.extensionDays() > 0) {
            r.setExtensionDays(c.extensionDays());
            why.add(entry("reply period extended once", "국가첨단전략산업법 제29조제3항 단서",
                    "회신기간이 한 차례 " + c.extensionDays() + "일 연장되었습니다."));
        }
    }

    /** A late reply has no deemed effect; an overdue review goes to the committee (제29조제4항·제5항). */
    private void decide(RegulationReviewCase c, LocalDate asOf, RegulationReviewResult r,
                        List<ExplanationEntry> why) {
        LocalDate due = r.getDueDate();
        LocalDate reply = c.replyDate();
        if (reply != null && !reply.isAfter(due)) {
            r.setOutcome(RegulationReviewOutcome.REPLIED_ON_TIME);
            why.add(entry("replied on time", "국가첨단전략산업법 제29조제2항·제3항",
                    "회신기한(" + due + ") 안에 " + reply + "에 회신되었습니다."));
        } else if (reply != null) {
            r.setOutcome(RegulationReviewOutcome.REPLIED_LATE);
            r.setDaysOverdue(periods.daysBetween(due, reply));
            why.add(entry("replied late", "국가첨단전략산업법 제29조제2항·제3항",
                    "회신기한(" + due + ")을 " + r.getDaysOverdue() + "일 넘겨 " + reply + "에 회신되었습니다."));
        } else if (!asOf.isAfter(due)) {
            r.setOutcome(RegulationReviewOutcome.PENDING);
            r.setDaysRemaining(periods.daysBetween(asOf, due));
            why.add(entry("review pending", "국가첨단전략산업법 제29조제2항·제3항",
                    "회신기한(" + due + ")까지 " + r.getDaysRemaining() + "일 남았습니다."));
        } else {
            r.setOutcome(RegulationReviewOutcome.OVERDUE);
            r.setDaysOverdue(periods.daysBetween(due, asOf));
            r.setRecommendedAction(RecommendedAction.ESCALATE_TO_COMMITTEE);
            why.add(entry("review overdue: escalate to the committee", "국가첨단전략산업법 제29조제4항·제5항",
                    "회신기한(" + due + ")이 " + r.getDaysOverdue() + "일 지났습니다. 회신 지연에는 간주 효과가 없으므로 "
                            + "위원회 심의(제29조제4항)에 회부할 것을 권고합니다."));
        }
    }

    /** An explanation entry as the engine writes it: the rule, its legal basis, its source's id and the message. */
    private static ExplanationEntry entry(String rule, String legalBasis, String message) {
        return new ExplanationEntry(rule, legalBasis, "advanced-industry-act", message);
    }
}
