package kr.policy.checker.bench.floor;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import kr.policy.checker.domain.Eligibility;
import kr.policy.checker.domain.region.Sido;
import kr.policy.checker.domain.reshoring.Ksic;
import kr.policy.checker.domain.reshoring.OverseasRestructuring;
import kr.policy.checker.domain.reshoring.ReshoringCase;
import kr.policy.checker.domain.reshoring.ReshoringResult;
import kr.policy.checker.domain.reshoring.ReturnType;
import kr.policy.checker.domain.reshoring.Technology;
import kr.policy.checker.engine.ExplanationEntry;
import kr.policy.checker.text.KoreanWon;

/**
 * 유턴 보조금 (해외진출기업복귀법, 유턴 고시) written by hand: the steps of
 * rules/reshoring-subsidy/reshoring-subsidy.drl in their firing order. Each criterion is met, fails, or cannot be
 * judged for a missing fact; any failure makes NOT_ELIGIBLE, else any missing fact UNDETERMINED. The decision date
 * (default asOf) picks the law.
 */
public final class ReshoringFloor {
    private static final int KOREAN_CONTROL_PERCENT = 30;
    private static final int OVERSEAS_YEARS = 2;
    private static final int FOREIGN_INVESTMENT_WAIT_YEARS = 10;
    private static final int GENERAL_REDUCTION_PERCENT = 25;
    private static final int RELIEVED_REDUCTION_PERCENT = 10;

    /** 시행령 제3조제2항 amended: the same product by KSIC division (2 digits) instead of group (3 digits). */
    private static final LocalDate KSIC_DIVISION_FROM = LocalDate.of(2024, 12, 31);
    /** 시행규칙 제3조 amended: the 10 percent reduction extended to cooperative returns. */
    private static final LocalDate COOPERATIVE_RELIEF_FROM = LocalDate.of(2024, 12, 19);
    /** 유턴 고시 amended: higher national-budget caps for strategic technologies. */
    private static final LocalDate NEW_CAPS_FROM = LocalDate.of(2024, 8, 30);

    private static final long OLD_CAP_CAPITAL_KRW = 15_000_000_000L;
    private static final long OLD_CAP_NON_CAPITAL_KRW = 30_000_000_000L;
    private static final long CAP_CAPITAL_KRW = 20_000_000_000L;
    private static final long CAP_NON_CAPITAL_KRW = 40_000_000_000L;

    private static final String OVERSEAS_YEARS_BASIS = "해외진출기업복귀법 제2조제1호나목";
    private static final String KOREAN_CONTROL_BASIS = "해외진출기업복귀법 제2조제1호가목, 시행령 제2조";
    private static final String KSIC_CODE_BASIS = "해외진출기업복귀법 시행령 제3조제2항";
    private static final String SAME_PRODUCT_BASIS = "해외진출기업복귀법 제2조제3호, 시행령 제3조제2항";
    private static final String RESTRUCTURING_BASIS = "해외진출기업복귀법 제2조제3호가목";
    private static final String REDUCTION_BASIS = "해외진출기업복귀법 제2조제3호가목, 시행규칙 제3조";
    private static final String FOREIGN_INVESTMENT_BASIS = "해외진출기업복귀법 제7조제1항제1호, 시행령 제6조";
    private static final String REGION_BASIS = "수도권정비계획법 제2조제1호, 같은 법 시행령 제2조";
    private static final String OUTCOME_BASIS = "해외진출기업복귀법 제2조, 제7조";
    private static final String CAP_RANGE_TEXT =
            "국가전략기술·국가첨단전략기술, 2024-08-30부터 수도권 200억 원·비수도권 400억 원, 그 전 150억 원·300억 원).";

    public FloorAnswer evaluate(ReshoringCase c, LocalDate today) {
        LocalDate asOf = c.asOf() != null ? c.asOf() : today;
        LocalDate decision = c.decisionDate() != null ? c.decisionDate() : asOf;
        ReshoringResult r = new ReshoringResult();
        List<ExplanationEntry> why = new ArrayList<>(16);
        List<String> missing = new ArrayList<>(4);

        deriveFacts(c, r, why);
        setRequirements(c, decision, r, why);
        // every criterion is judged, so that all failures and missing facts are reported
        boolean failed = false;
        if (c.technology() == null) {
            missing.add("technology");
            why.add(entry("technology not given", "해외진출기업복귀법 제2조제3호, 유턴 고시",
                    "기술 분야가 입력되지 않아 구조조정 면제 여부와 지원 한도를 판단할 수 없습니다."));
        }
        if (regionNeeded(c)) {
            missing.add("siteRegion");
            why.add(entry("site region not given", "수도권정비계획법 제2조제1호, 유턴 고시",
                    "국내 사업장 소재지가 입력되지 않았습니다."));
        }
        failed |= overseasYears(c, r, why, missing);
        failed |= koreanControl(c, r, why, missing);
        failed |= sameProduct(c, r, why, missing);
        failed |= restructuring(c, r, why, missing);
        failed |= foreignInvestment(c, decision, r, why);
        setCap(c, decision, r, why);
        decide(c, failed, missing, r, why);
        return new FloorAnswer(r.getOutcome(), r, why, missing);
    }

    /** Whether the site is in the 수도권, and whether the technology is exempt from overseas restructuring. */
    private static void deriveFacts(ReshoringCase c, ReshoringResult r, List<ExplanationEntry> why) {
        Sido region = c.siteRegion();
        if (region != null) {
            boolean capital = region == Sido.SEOUL || region == Sido.INCHEON || region == Sido.GYEONGGI;
            r.setCapitalRegion(capital);
            why.add(capital
                    ? entry("site in the capital region", REGION_BASIS,
                            "국내 사업장(" + region.fullName() + ")은 수도권(서울특별시·인천광역시·경기도)에 있습니다.")
                    : entry("site outside the capital region", REGION_BASIS,
                            "국내 사업장(" + region.fullName() + ")은 비수도권에 있습니다."));
        }
        Technology technology = c.technology();
        if (technology == Technology.NATIONAL_ADVANCED_STRATEGIC || technology == Technology.NATIONAL_STRATEGIC) {
            r.setRestructuringExempt(true);
            why.add(entry("strategic technology is exempt from overseas restructuring",
                    "해외진출기업복귀법 제2조제3호나목, 시행령 제3조의2",
                    "첨단산업·공급망 핵심 품목(" + KoreanNames.of(technology) + ")은 해외사업장 청산·양도·축소 요건이 면제됩니다."));
        } else if (technology == Technology.OTHER) {
            r.setRestructuringExempt(false);
            why.add(entry("other technology needs overseas restructuring", RESTRUCTURING_BASIS,
                    "그 밖의 기술은 해외사업장을 청산·양도하거나 일정 비율 이상 축소해야 국내복귀로 인정됩니다."));
        }
    }

    /** The thresholds in force on the decision date, copied into the result so that answers can cite them. */
    private static void setRequirements(ReshoringCase c, LocalDate decision, ReshoringResult r,
                                        List<ExplanationEntry> why) {
        r.setRequiredKoreanControlPercent(KOREAN_CONTROL_PERCENT);
        why.add(entry("Korean control of at least 30 percent", KOREAN_CONTROL_BASIS,
                "요건: 한국인(법인 포함)이 의결권 있는 주식의 " + KOREAN_CONTROL_PERCENT
                        + "% 이상을 소유하는 등 실질적으로 지배해야 합니다."));
        r.setRequiredOverseasYears(OVERSEAS_YEARS);
        why.add(entry("at least 2 years of overseas operation", OVERSEAS_YEARS_BASIS,
                "요건: 해외사업장을 " + OVERSEAS_YEARS + "년 이상 계속 운영했어야 합니다."));
        if (decision.isBefore(KSIC_DIVISION_FROM)) {
            r.setKsicMatchDigits(3);
            why.add(entry("same product by KSIC group (3 digits)",
                    "해외진출기업복귀법 제2조제3호, 시행령 제3조제2항 (2024-12-31 개정 전: 소분류)",
                    "요건: 국내외 제품이 한국표준산업분류 소분류(앞 3자리)에서 같아야 합니다(2024-12-31 전 결정에 적용)."));
        } else {
            r.setKsicMatchDigits(2);
            why.add(entry("same product by KSIC division (2 digits)",
                    "해외진출기업복귀법 시행령 제3조제2항 (대통령령 제35156호, 2024-12-31 시행: 중분류)",
                    "요건: 국내외 제품이 한국표준산업분류 중분류(앞 2자리)에서 같아야 합니다(2024-12-31부터 완화)."));
        }
        r.setForeignInvestmentWaitYears(FOREIGN_INVESTMENT_WAIT_YEARS);
        why.add(entry("no foreign-investment support within 10 years", FOREIGN_INVESTMENT_BASIS,
                "요건: 외국인투자 재정지원을 받았다면 그 지원이 끝난 날부터 " + FOREIGN_INVESTMENT_WAIT_YEARS
                        + "년이 지나야 합니다."));
        if (Boolean.FALSE.equals(r.getRestructuringExempt())) {
            setReductionThreshold(c, decision, r, why);
        }
    }

    /**
     * Companion returns, and from 2024-12-19 cooperative returns, to a site outside the 수도권 need a 10 percent
     * reduction; otherwise 25 percent. With the region unknown a companion or cooperative return's threshold stays
     * open (the region is asked for) rather than defaulting to 25 percent.
     */
    private static void setReductionThreshold(ReshoringCase c, LocalDate decision, ReshoringResult r,
                                              List<ExplanationEntry> why) {
        boolean nonCapital = Boolean.FALSE.equals(r.getCapitalRegion());
        if (nonCapital && c.returnType() == ReturnType.COMPANION) {
            r.setRequiredReductionPercent(RELIEVED_REDUCTION_PERCENT);
            why.add(relievedReduction("companion return outside the capital region: 10 percent reduction",
                    "해외진출기업복귀법 시행규칙 제3조 (동반복귀기업, 비수도권)"));
        } else if (nonCapital && c.returnType() == ReturnType.COOPERATIVE
                && !decision.isBefore(COOPERATIVE_RELIEF_FROM)) {
            r.setRequiredReductionPercent(RELIEVED_REDUCTION_PERCENT);
            why.add(relievedReduction("cooperative return outside the capital region: 10 percent reduction",
                    "해외진출기업복귀법 시행규칙 제3조 (협력형 복귀기업, 비수도권; 2024-12-19 개정)"));
        } else if (c.returnType() == ReturnType.SINGLE || r.getCapitalRegion() != null) {
            r.setRequiredReductionPercent(GENERAL_REDUCTION_PERCENT);
            why.add(entry("general reduction of at least 25 percent",
                    "해외진출기업복귀법 제2조제3호가목, 시행규칙 제3조제1항",
                    "요건: 해외사업장을 청산·양도하거나 생산량·매출액 기준 " + GENERAL_REDUCTION_PERCENT
                            + "% 이상 축소해야 합니다."));
        }
    }

    private static ExplanationEntry relievedReduction(String rule, String legalBasis) {
        return entry(rule, legalBasis, "요건: 비수도권으로 돌아오는 동반복귀·협력형 복귀는 해외사업장을 "
                + RELIEVED_REDUCTION_PERCENT + "% 이상 축소하면 됩니다.");
    }

    /**
     * The region decides the cap (strategic technologies) and the reduction threshold (companion and cooperative
     * returns that reduce); for anything else it is not asked for.
     */
    private static boolean regionNeeded(ReshoringCase c) {
        if (c.siteRegion() != null) {
            return false;
        }
        OverseasRestructuring restructuring = c.overseasRestructuring();
        boolean siteGivenUp = restructuring == OverseasRestructuring.LIQUIDATED
                || restructuring == OverseasRestructuring.TRANSFERRED;
        return c.technology() != Technology.OTHER || (c.returnType() != ReturnType.SINGLE && !siteGivenUp);
    }

    private static boolean overseasYears(ReshoringCase c, ReshoringResult r, List<ExplanationEntry> why,
                                         List<String> missing) {
        if (c.overseasYears() == null) {
            missing.add("overseasYears");
            why.add(entry("overseas operation not given", OVERSEAS_YEARS_BASIS,
                    "해외사업장 운영 기간이 입력되지 않았습니다."));
            return false;
        }
        String years = Format.decimal(c.overseasYears());
        if (c.overseasYears() >= r.getRequiredOverseasYears()) {
            why.add(entry("overseas operation long enough", OVERSEAS_YEARS_BASIS,
                    "해외사업장을 " + years + "년 운영하여 " + r.getRequiredOverseasYears() + "년 요건을 충족합니다."));
            return false;
        }
        why.add(entry("overseas operation too short", OVERSEAS_YEARS_BASIS,
                "해외사업장 운영 기간 " + years + "년은 " + r.getRequiredOverseasYears() + "년에 미치지 못합니다."));
        return true;
    }

    private static boolean koreanControl(ReshoringCase c, ReshoringResult r, List<ExplanationEntry> why,
                                         List<String> missing) {
        if (c.koreanControlPercent() == null) {
            missing.add("koreanControlPercent");
            why.add(entry("Korean control not given", KOREAN_CONTROL_BASIS,
                    "한국인의 지배 비율이 입력되지 않았습니다."));
            return false;
        }
        String percent = Format.decimal(c.koreanControlPercent());
        if (c.koreanControlPercent() >= r.getRequiredKoreanControlPercent()) {
            why.add(entry("Korean control sufficient", KOREAN_CONTROL_BASIS,
                    "한국인 의결권 비율 " + percent + "%로 " + r.getRequiredKoreanControlPercent() + "% 요건을 충족합니다."));
            return false;
        }
        why.add(entry("Korean control insufficient", KOREAN_CONTROL_BASIS,
                "한국인 의결권 비율 " + percent + "%는 " + r.getRequiredKoreanControlPercent() + "%에 미치지 못합니다."));
        return true;
    }

    /** The same product: both KSIC codes known to the required depth and equal there. */
    private static boolean sameProduct(ReshoringCase c, ReshoringResult r, List<ExplanationEntry> why,
                                       List<String> missing) {
        int depth = r.getKsicMatchDigits();
        boolean overseasKnown = Ksic.knownTo(c.overseasKsic(), depth);
        boolean domesticKnown = Ksic.knownTo(c.domesticKsic(), depth);
        if (!overseasKnown) {
            missing.add("overseasKsic");
            why.add(entry("overseas product code not given", KSIC_CODE_BASIS,
                    "해외 제품의 한국표준산업분류 코드가 없거나 " + depth + "자리보다 짧습니다."));
        }
        if (!domesticKnown) {
            missing.add("domesticKsic");
            why.add(entry("domestic product code not given", KSIC_CODE_BASIS,
                    "국내 제품의 한국표준산업분류 코드가 없거나 " + depth + "자리보다 짧습니다."));
        }
        if (!overseasKnown || !domesticKnown) {
            return false;
        }
        String codes = "(해외 " + c.overseasKsic() + ", 국내 " + c.domesticKsic() + ").";
        if (Ksic.sameClass(c.overseasKsic(), c.domesticKsic(), depth)) {
            why.add(entry("same product", SAME_PRODUCT_BASIS,
                    "국내외 제품이 앞 " + depth + "자리에서 같은 분류입니다" + codes));
            return false;
        }
        why.add(entry("different product", SAME_PRODUCT_BASIS,
                "국내외 제품의 분류가 앞 " + depth + "자리에서 다릅니다" + codes));
        return true;
    }

    /** Other technologies must have liquidated, transferred or reduced the overseas site. */
    private static boolean restructuring(ReshoringCase c, ReshoringResult r, List<ExplanationEntry> why,
                                         List<String> missing) {
        if (!Boolean.FALSE.equals(r.getRestructuringExempt())) {
            return false;
        }
        OverseasRestructuring restructuring = c.overseasRestructuring();
        if (restructuring == null) {
            missing.add("overseasRestructuring");
            why.add(entry("overseas restructuring not given", RESTRUCTURING_BASIS,
                    "해외사업장 구조조정 여부가 입력되지 않았습니다."));
            return false;
        }
        return switch (restructuring) {
            case LIQUIDATED, TRANSFERRED -> {
                why.add(entry("overseas site liquidated or transferred", RESTRUCTURING_BASIS,
                        "해외사업장을 청산 또는 양도하여 구조조정 요건을 충족합니다."));
                yield false;
            }
            case NONE -> {
                why.add(entry("no overseas restructuring", RESTRUCTURING_BASIS,
                        "해외사업장을 청산·양도·축소하지 않았습니다."));
                yield true;
            }
            case REDUCED -> reduction(c, r, why, missing);
        };
    }

    private static boolean reduction(ReshoringCase c, ReshoringResult r, List<ExplanationEntry> why,
                                     List<String> missing) {
        Double reduced = c.overseasReductionPercent();
        if (reduced == null) {
            missing.add("overseasReductionPercent");
            why.add(entry("reduction not given", REDUCTION_BASIS, "해외사업장 축소율이 입력되지 않았습니다."));
            return false;
        }
        Integer required = r.getRequiredReductionPercent();
        if (required == null) {
            // a companion or cooperative return with the region unknown: the region is asked for instead
            return false;
        }
        String percent = Format.decimal(reduced);
        if (reduced >= required) {
            why.add(entry("reduction large enough", REDUCTION_BASIS,
                    "해외사업장을 " + percent + "% 축소하여 " + required + "% 기준을 충족합니다."));
            return false;
        }
        why.add(entry("reduction too small", REDUCTION_BASIS,
                "해외사업장 축소율 " + percent + "%는 기준 " + required + "%에 미치지 못합니다."));
        return true;
    }

    /** No foreign-investment support may have ended within the waiting years before the decision date. */
    private static boolean foreignInvestment(ReshoringCase c, LocalDate decision, ReshoringResult r,
                                             List<ExplanationEntry> why) {
        int wait = r.getForeignInvestmentWaitYears();
        LocalDate ended = c.foreignInvestmentSupportEndedOn();
        if (ended != null && ended.plusYears(wait).isAfter(decision)) {
            r.setForeignInvestmentEligibleFrom(ended.plusYears(wait));
            why.add(entry("recent foreign-investment support", FOREIGN_INVESTMENT_BASIS,
                    "외국인투자 재정지원이 " + ended + "에 끝나, 결정일(" + decision + ") 현재 " + wait + "년이 지나지 않았습니다."));
            return true;
        }
        why.add(entry("no recent foreign-investment support", FOREIGN_INVESTMENT_BASIS,
                "결정일(" + decision + ") 기준 최근 " + wait + "년 안에 끝난 외국인투자 재정지원이 없습니다."));
        return false;
    }

    /** The national-budget cap, for strategic technologies only; it rose on 2024-08-30. */
    private static void setCap(ReshoringCase c, LocalDate decision, ReshoringResult r, List<ExplanationEntry> why) {
        Boolean capital = r.getCapitalRegion();
        if (Boolean.TRUE.equals(r.getRestructuringExempt()) && capital != null) {
            boolean newCaps = !decision.isBefore(NEW_CAPS_FROM);
            String rule;
            String legalBasis;
            if (newCaps && capital) {
                r.setCapKrw(CAP_CAPITAL_KRW);
                rule = "cap from 2024-08-30: capital region";
                legalBasis = "해외진출기업의 국내복귀 지원에 관한 고시 (2024-08-30 시행): 국가전략기술·국가첨단전략기술 수도권 200억원";
            } else if (newCaps) {
                r.setCapKrw(CAP_NON_CAPITAL_KRW);
                rule = "cap from 2024-08-30: outside the capital region";
                legalBasis = "해외진출기업의 국내복귀 지원에 관한 고시 (2024-08-30 시행): 국가전략기술·국가첨단전략기술 비수도권 400억원";
            } else if (capital) {
                r.setCapKrw(OLD_CAP_CAPITAL_KRW);
                rule = "cap before 2024-08-30: capital region";
                legalBasis = "해외진출기업의 국내복귀 지원에 관한 고시 (2024-08-30 개정 전): 국가전략기술·국가첨단전략기술 수도권 150억원";
            } else {
                r.setCapKrw(OLD_CAP_NON_CAPITAL_KRW);
                rule = "cap before 2024-08-30: outside the capital region";
                legalBasis = "해외진출기업의 국내복귀 지원에 관한 고시 (2024-08-30 개정 전): 국가전략기술·국가첨단전략기술 비수도권 300억원";
            }
            why.add(entry(rule, legalBasis, "국비 지원한도는 " + KoreanWon.format(r.getCapKrw())
                    + "입니다(결정일 " + decision + " 기준, " + CAP_RANGE_TEXT));
        }
        if (c.technology() == Technology.OTHER && r.getCapKrw() == null) {
            why.add(entry("cap for other technologies not encoded",
                    "해외진출기업의 국내복귀 지원에 관한 고시 (일반 유턴기업 한도: 확인되지 않음)",
                    "그 밖의 기술 분야의 국비 지원한도는 확인된 근거가 없어 계산하지 않습니다. 관할 기관에 확인하세요."));
        }
    }

    private static void decide(ReshoringCase c, boolean failed, List<String> missing, ReshoringResult r,
                               List<ExplanationEntry> why) {
        if (failed) {
            r.setOutcome(Eligibility.NOT_ELIGIBLE);
            why.add(entry("not eligible", OUTCOME_BASIS,
                    "충족하지 못한 요건이 있어 국내복귀 보조금 지원 대상이 아닙니다. 아래 안내(hints)를 확인하세요."));
            return;
        }
        if (!missing.isEmpty()) {
            r.setOutcome(Eligibility.UNDETERMINED);
            why.add(entry("undetermined", OUTCOME_BASIS,
                    "판단에 필요한 정보가 부족합니다. missingFacts의 순서대로 입력하세요."));
            return;
        }
        r.setOutcome(Eligibility.ELIGIBLE);
        why.add(entry("eligible", OUTCOME_BASIS, "국내복귀기업 인정 요건을 모두 충족합니다."));
        if (c.requestedAmountKrw() != null && r.getCapKrw() != null) {
            r.setGrantableAmountKrw(Math.min(c.requestedAmountKrw(), r.getCapKrw()));
            why.add(entry("grantable amount", "해외진출기업의 국내복귀 지원에 관한 고시 (국비 지원한도)",
                    "신청 금액 " + KoreanWon.format(c.requestedAmountKrw()) + " 가운데 지원한도 "
                            + KoreanWon.format(r.getCapKrw()) + " 안의 " + KoreanWon.format(r.getGrantableAmountKrw())
                            + "까지 국비 지원 대상입니다."));
        }
    }

    /** An explanation entry as the engine writes it: the rule, its legal basis, its source's id and the message. */
    private static ExplanationEntry entry(String rule, String legalBasis, String message) {
        return new ExplanationEntry(rule, legalBasis, "reshoring-act", message);
    }
}
