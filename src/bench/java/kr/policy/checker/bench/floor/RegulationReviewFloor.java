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
 * 규제 검토 기한 (국가첨단전략산업법 제29조; 반도체특별법 제23조; the 新산업정책2.0 sweep) written by hand: the steps of
 * rules/regulation-review/regulation-review.drl in their firing order. Valid input only; the refusals are left out.
 */
public final class RegulationReviewFloor {
    /** 제29조 in force; the review's start date decides. */
    private static final LocalDate ARTICLE_29_FROM = LocalDate.of(2022, 8, 4);
    /** 정부조직법 (법률 제21065호): 산업통상자원부 becomes 산업통상부. */
    private static final LocalDate MINISTRY_RENAMED = LocalDate.of(2025, 10, 1);
    /** 반도체특별법 (법률 제21337호) in force. */
    private static final LocalDate SEMICONDUCTOR_ACT_FROM = LocalDate.of(2026, 8, 11);

    private static final int DISCOVERED_DAYS = 45;
    private static final int FIRM_REQUEST_DAYS = 15;
    private static final int TENANT_DAYS = 30;
    private static final int SUPPLEMENTED_MAX_DAYS = 45;

    /** The articles a track cites (messages basis/deadline/extension/escalation.Track.*). */
    private record TrackLaw(String source, String deadline, String extension, String escalation,
                            String ministerBefore, String ministerAfter) {
        TrackLaw(String basis, String source, String deadline, String extension, String escalation) {
            this(source, deadline, extension, escalation, basis + "제1항 (법률 제21065호로 개정되기 전)",
                    basis + "제1항, 정부조직법 제29조 (법률 제21065호, 2025-10-01 시행)");
        }
    }

    private static final TrackLaw DISCOVERED = new TrackLaw("新산업정책2.0", "industrial-strategy-2024",
            "新산업정책2.0 (산업통상자원부, 2024.2.) 규제 발굴 후 45일 내 검토: 행정 절차", "국가첨단전략산업법 제29조제3항 단서",
            "新산업정책2.0 국가첨단전략산업위원회 제출");
    private static final TrackLaw FIRM_REQUEST = new TrackLaw("국가첨단전략산업법 제29조", "advanced-industry-act",
            "국가첨단전략산업법 제29조제2항·제3항", "국가첨단전략산업법 제29조제3항 단서", "국가첨단전략산업법 제29조제4항·제5항");
    private static final TrackLaw TENANT = new TrackLaw("반도체특별법 제23조", "semiconductor-act",
            "반도체특별법 제23조제2항·제3항", "반도체특별법 제23조제3항 후단", "반도체특별법 제23조제4항·제5항");

    private final PeriodCalculator periods;

    public RegulationReviewFloor(PeriodCalculator periods) {
        this.periods = periods;
    }

    public FloorAnswer evaluate(RegulationReviewCase c, LocalDate today) {
        LocalDate asOf = c.asOf() != null ? c.asOf() : today;
        LocalDate legalDate = c.startDate();
        TrackLaw law = switch (c.track()) {
            case DISCOVERED -> DISCOVERED;
            case FIRM_REQUEST -> FIRM_REQUEST;
            case SEMICONDUCTOR_CLUSTER_TENANT -> TENANT;
        };
        RegulationReviewResult r = new RegulationReviewResult(c.convention());
        List<ExplanationEntry> why = new ArrayList<>(7);

        if (r.getConvention() == null) {
            r.setConvention(Convention.CIVIL);
            why.add(new ExplanationEntry("periods counted by the Civil Act",
                    "행정기본법 제6조제1항, 민법 제157조·제159조·제161조", "administrative-basic-act",
                    "기간은 행정기본법 제6조제1항에 따라 민법을 준용하여 계산합니다. 첫날은 산입하지 않고, "
                            + "말일이 토요일·공휴일이면 그 다음 날 만료합니다."));
        }
        if (c.track() != Track.DISCOVERED) {
            // the ministry's name in force on the day the request reached it
            if (legalDate.isBefore(MINISTRY_RENAMED)) {
                why.add(new ExplanationEntry("minister receiving the request before the ministry was renamed",
                        law.ministerBefore(), law.source(),
                        "규제개선 신청은 " + legalDate + " 당시의 명칭대로 산업통상자원부장관이 받습니다."));
            } else {
                why.add(new ExplanationEntry("minister receiving the request after the ministry was renamed",
                        law.ministerAfter(), "government-organization-act", "규제개선 신청은 산업통상부장관이 받습니다. "
                                + "산업통상자원부는 2025-10-01 정부조직법 개정(법률 제21065호)으로 산업통상부가 되었습니다."));
            }
        }
        if (c.track() == Track.SEMICONDUCTOR_CLUSTER_TENANT && !legalDate.isBefore(SEMICONDUCTOR_ACT_FROM)) {
            // 제23조제4항: every request goes to the committee, whatever the reply
            r.setCommitteeReviewRequired(true);
            why.add(new ExplanationEntry("cluster tenant request always goes to the committee", "반도체특별법 제23조제4항",
                    "semiconductor-act", "반도체특별법 제23조제4항에 따라 모든 신청은 반도체산업경쟁력강화특별위원회의 심의를 거칩니다. "
                            + "회신 여부와 관계없이 위원회 심의 대상입니다."));
        }
        reviewPeriod(c, law, legalDate, r, why);
        if (r.getPeriodDays() != null) {
            // the contract adds the extension to the (capped) period: min(N + supplements, cap) + extension
            int days = r.getPeriodDays() + (r.getExtensionDays() == null ? 0 : r.getExtensionDays());
            r.setDueDate(periods.expiry(c.startDate(), days, r.getConvention()));
            why.add(new ExplanationEntry("due date", law.deadline(), law.source(),
                    "검토 시작일(" + c.startDate() + ")부터 기간을 계산한 회신기한은 " + r.getDueDate() + "입니다."));
            decide(c, law, asOf, r, why);
        }
        return new FloorAnswer(r.getOutcome(), r, why, List.of());
    }

    private static void reviewPeriod(RegulationReviewCase c, TrackLaw law, LocalDate legalDate,
                                     RegulationReviewResult r, List<ExplanationEntry> why) {
        int supplements = c.supplementDays();
        switch (c.track()) {
            case DISCOVERED -> {
                r.setPeriodDays(DISCOVERED_DAYS);
                why.add(new ExplanationEntry("discovered regulation reviewed within 45 days",
                        "新산업정책2.0 (산업통상자원부, 2024.2.) 규제 발굴 후 45일 내 검토결과 첨단위 제출: 행정 절차, 법정 기한 아님",
                        "industrial-strategy-2024",
                        "정부가 발굴한 규제는 45일 안에 검토결과를 국가첨단전략산업위원회에 제출합니다. "
                                + "이 기한은 新산업정책2.0의 행정 절차이며 법률에 정한 기한은 아닙니다."));
                return; // no supplements or extensions (refused)
            }
            case FIRM_REQUEST -> {
                if (legalDate.isBefore(ARTICLE_29_FROM)) {
                    break;
                }
                if (supplements == 0) {
                    r.setPeriodDays(FIRM_REQUEST_DAYS);
                    why.add(new ExplanationEntry("firm request answered within 15 days", "국가첨단전략산업법 제29조제2항",
                            "advanced-industry-act", "관계 행정기관의 장은 규제개선 신청내용을 검토하여 15일 이내에 회신하여야 합니다."));
                } else {
                    // days spent on supplements are not counted, but the reply is due within 45 days in any case
                    r.setPeriodDays(Math.min(FIRM_REQUEST_DAYS + supplements, SUPPLEMENTED_MAX_DAYS));
                    why.add(new ExplanationEntry("supplement days added, at most 45 days", "국가첨단전략산업법 제29조제3항",
                            "advanced-industry-act", "자료 보완에 걸린 " + supplements + "일은 회신기간에 산입하지 않되, 45일 "
                                    + "이내에는 회신하여야 하므로 회신기간은 " + r.getPeriodDays() + "일입니다."));
                }
            }
            case SEMICONDUCTOR_CLUSTER_TENANT -> {
                if (legalDate.isBefore(SEMICONDUCTOR_ACT_FROM)) {
                    break;
                }
                if (supplements == 0) {
                    r.setPeriodDays(TENANT_DAYS);
                    why.add(new ExplanationEntry("cluster tenant request answered within 30 days", "반도체특별법 제23조제2항",
                            "semiconductor-act", "관계 행정기관의 장은 반도체클러스터 입주기업의 규제개선 신청내용을 통보받은 날부터 "
                                    + "30일 이내에 산업통상부장관에게 문서로 회신하여야 합니다."));
                } else {
                    // "통보받은 날부터 45일 이내에 검토 결과를 회신하여야 하며"
                    r.setPeriodDays(Math.min(TENANT_DAYS + supplements, SUPPLEMENTED_MAX_DAYS));
                    why.add(new ExplanationEntry("cluster tenant supplement days added, at most 45 days",
                            "반도체특별법 제23조제3항", "semiconductor-act", "자료 보완에 걸린 " + supplements
                                    + "일은 회신기간에 산입하지 않되, 통보받은 날부터 45일 이내에는 회신하여야 하므로 회신기간은 "
                                    + r.getPeriodDays() + "일입니다."));
                }
            }
        }
        if (c.extensionDays() > 0 && !legalDate.isBefore(ARTICLE_29_FROM)) {
            r.setExtensionDays(c.extensionDays());
            why.add(new ExplanationEntry("reply period extended once", law.extension(), law.source(),
                    "회신기간이 한 차례 " + c.extensionDays() + "일 연장되었습니다."));
        }
    }

    /** A late reply has no deemed effect; an overdue review goes to the committee. */
    private void decide(RegulationReviewCase c, TrackLaw law, LocalDate asOf, RegulationReviewResult r,
                        List<ExplanationEntry> why) {
        LocalDate due = r.getDueDate();
        LocalDate reply = c.replyDate();
        if (reply != null && !reply.isAfter(due)) {
            r.setOutcome(RegulationReviewOutcome.REPLIED_ON_TIME);
            why.add(new ExplanationEntry("replied on time", law.deadline(), law.source(),
                    "회신기한(" + due + ") 안에 " + reply + "에 회신되었습니다."));
        } else if (reply != null) {
            r.setOutcome(RegulationReviewOutcome.REPLIED_LATE);
            r.setDaysOverdue(periods.daysBetween(due, reply));
            why.add(new ExplanationEntry("replied late", law.deadline(), law.source(),
                    "회신기한(" + due + ")을 " + r.getDaysOverdue() + "일 넘겨 " + reply + "에 회신되었습니다."));
        } else if (!asOf.isAfter(due)) {
            r.setOutcome(RegulationReviewOutcome.PENDING);
            r.setDaysRemaining(periods.daysBetween(asOf, due));
            why.add(new ExplanationEntry("review pending", law.deadline(), law.source(),
                    "회신기한(" + due + ")까지 " + r.getDaysRemaining() + "일 남았습니다."));
        } else {
            r.setOutcome(RegulationReviewOutcome.OVERDUE);
            r.setDaysOverdue(periods.daysBetween(due, asOf));
            r.setRecommendedAction(RecommendedAction.ESCALATE_TO_COMMITTEE);
            why.add(new ExplanationEntry("review overdue: escalate to the committee", law.escalation(), law.source(),
                    "회신기한(" + due + ")이 " + r.getDaysOverdue() + "일 지났습니다. 회신 지연에는 간주 효과가 없으므로 "
                            + "위원회 심의(" + law.escalation() + ")에 회부할 것을 권고합니다."));
        }
    }
}
