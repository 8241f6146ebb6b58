package kr.policy.checker.bench.floor;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import kr.policy.checker.domain.Eligibility;
import kr.policy.checker.domain.voucher.CompanySize;
import kr.policy.checker.domain.voucher.Sector;
import kr.policy.checker.domain.voucher.Tier;
import kr.policy.checker.domain.voucher.VoucherCase;
import kr.policy.checker.domain.voucher.VoucherProgram;
import kr.policy.checker.domain.voucher.VoucherResult;
import kr.policy.checker.domain.voucher.Won;
import kr.policy.checker.engine.ExplanationEntry;
import kr.policy.checker.text.KoreanWon;

/**
 * 수출바우처 written by hand: the steps of rules/export-voucher/export-voucher.drl in their firing order. Two
 * programmes, never mixed: MSS (SMEs; tier, cap and share computed) and MOTIE_INDUSTRY (SMEs and mid-sized firms in
 * listed sectors; amounts not encoded). The application date (default asOf) picks the law. Valid input only.
 */
public final class VoucherFloor {
    /** MSS 2024: new-market success raises the cap by 20 percent. */
    private static final LocalDate NEW_MARKET_BONUS_FROM = LocalDate.of(2024, 1, 1);
    private static final BigDecimal NEW_MARKET_BONUS = new BigDecimal("1.2");

    private static final BigDecimal BEGINNER_FROM_USD = new BigDecimal("1000");
    private static final BigDecimal PROMISING_FROM_USD = new BigDecimal("100000");
    private static final BigDecimal GROWTH_FROM_USD = new BigDecimal("1000000");
    private static final BigDecimal STRONG_FROM_USD = new BigDecimal("5000000");

    private static final long SALES_10_BILLION_KRW = 10_000_000_000L;
    private static final long SALES_30_BILLION_KRW = 30_000_000_000L;
    private static final BigDecimal SHARE_SMALL = new BigDecimal("0.7");
    private static final BigDecimal SHARE_MEDIUM = new BigDecimal("0.6");
    private static final BigDecimal SHARE_LARGE = new BigDecimal("0.5");

    private static final String MSS_SIZE_BASIS = "중소기업기본법 제2조; 중소벤처기업부 수출바우처 사업 공고 (지원 대상)";
    private static final String MOTIE_SIZE_BASIS = "산업통상자원부 공고 제2022-927호 (지원 대상: 중소·중견기업)";
    private static final String OUTCOME_BASIS = "수출바우처 사업 공고 (지원 대상·참여 제외)";
    private static final String SHARE_CAVEAT = "%입니다. 주의: 이 비율은 2026년 공고 기준이라는 제3자 계산기에서만 확인되어 신뢰도가 낮으며, "
            + "2024년 분할은 확인되지 않았습니다.";

    public FloorAnswer evaluate(VoucherCase c, LocalDate today) {
        LocalDate asOf = c.asOf() != null ? c.asOf() : today;
        LocalDate legalDate = c.applicationDate() != null ? c.applicationDate() : asOf;
        VoucherResult r = new VoucherResult(c.program());
        List<ExplanationEntry> why = new ArrayList<>(8);
        List<String> missing = new ArrayList<>(3);
        boolean mss = c.program() == VoucherProgram.MSS;

        // every criterion is judged, so that all failures and missing facts are reported
        boolean failed = mss ? mssApplicant(c, why, missing) : motieApplicant(c, why, missing);
        failed |= excluded(c, why);
        if (mss) {
            if (c.priorYearExportsUsd() == null) {
                missing.add("priorYearExportsUsd");
                why.add(entry("MSS: prior-year exports not given",
                        "중소벤처기업부 수출바우처 사업 공고 (전년도 수출실적별 트랙)",
                        "전년도 수출실적이 입력되지 않아 지원 트랙과 한도를 정할 수 없습니다."));
            }
            if (c.annualSalesKrw() == null) {
                missing.add("annualSalesKrw");
                why.add(entry("MSS: annual sales not given",
                        "중소벤처기업부 수출바우처 사업 공고 (매출액별 정부지원 비율)",
                        "연 매출액이 입력되지 않아 정부지원 비율을 정할 수 없습니다."));
            }
            // amounts only while nothing fails
            if (!failed) {
                mssAmounts(c, legalDate, r, why);
            }
        } else {
            why.add(entry("MOTIE: amounts not encoded", "산업통상자원부 산업 글로벌 진출역량 강화 바우처 (지원 금액표 미확인)",
                    "산업부 바우처의 트랙별 지원 금액과 분담 비율은 확인된 공고가 없어 계산하지 않습니다."));
        }
        decide(failed, missing, r, why);
        return new FloorAnswer(r.getOutcome(), r, why, missing);
    }

    /** MSS: SMEs only. Returns whether the criterion fails. */
    private static boolean mssApplicant(VoucherCase c, List<ExplanationEntry> why, List<String> missing) {
        CompanySize size = c.companySize();
        if (size == null) {
            missing.add("companySize");
            why.add(entry("MSS: company size not given", MSS_SIZE_BASIS, "기업 규모가 입력되지 않았습니다."));
            return false;
        }
        if (size == CompanySize.SME) {
            why.add(entry("MSS: an SME", MSS_SIZE_BASIS, "중소기업으로 중기부 수출바우처 지원 대상입니다."));
            return false;
        }
        why.add(entry("MSS: not an SME", MSS_SIZE_BASIS,
                "중기부 수출바우처는 중소기업만 지원합니다(" + KoreanNames.of(size) + ")."));
        return true;
    }

    /** MOTIE: SMEs and mid-sized firms, in a supported sector. Returns whether a criterion fails. */
    private static boolean motieApplicant(VoucherCase c, List<ExplanationEntry> why, List<String> missing) {
        boolean failed = false;
        CompanySize size = c.companySize();
        if (size == null) {
            missing.add("companySize");
            why.add(entry("MOTIE: company size not given",
                    "산업통상자원부 공고 제2022-927호 (산업 글로벌 진출역량 강화 바우처, 지원 대상)", "기업 규모가 입력되지 않았습니다."));
        } else if (size == CompanySize.LARGE) {
            failed = true;
            why.add(entry("MOTIE: a large firm", MOTIE_SIZE_BASIS,
                    "산업부 산업 글로벌 진출역량 강화 바우처는 중소·중견기업만 지원합니다."));
        } else {
            why.add(entry("MOTIE: an SME or mid-sized firm", MOTIE_SIZE_BASIS,
                    "중소·중견기업으로 산업부 바우처 지원 대상입니다."));
        }
        Sector sector = c.sector();
        if (sector == null) {
            missing.add("sector");
            why.add(entry("MOTIE: sector not given", "산업통상자원부 공고 제2022-927호 (지원 분야)",
                    "지원 분야가 입력되지 않았습니다."));
        } else if (sector == Sector.DISTRIBUTION_OR_TRADING || sector == Sector.OTHER) {
            failed = true;
            why.add(entry("MOTIE: an excluded sector", "산업통상자원부 공고 제2022-927호 (단순 유통기업·무역상사 제외)",
                    "지원 분야(" + KoreanNames.of(sector) + ")는 산업부 바우처 지원 대상이 아닙니다(단순 유통·무역상사 등 제외)."));
        } else {
            why.add(entry("MOTIE: a supported sector",
                    "산업통상자원부 공고 제2022-927호 (지원 분야: 소재부품장비·소비재·서비스·그린)",
                    "지원 분야(" + KoreanNames.of(sector) + ")가 산업부 바우처 지원 대상입니다."));
        }
        return failed;
    }

    /** The exclusions of both programmes; each one reported is a failure of its own. */
    private static boolean excluded(VoucherCase c, List<ExplanationEntry> why) {
        boolean failed = false;
        if (c.closedOrSuspended()) {
            failed = true;
            why.add(entry("excluded: closed or suspended", "수출바우처 사업 공고 (참여 제외: 휴·폐업)",
                    "휴업 또는 폐업 중인 기업은 참여할 수 없습니다."));
        }
        if (c.taxArrears()) {
            failed = true;
            why.add(entry("excluded: tax arrears", "수출바우처 사업 공고 (참여 제외: 국세·지방세 체납)",
                    "국세·지방세 체납 기업은 참여할 수 없습니다."));
        }
        if (c.subsidyFraud()) {
            failed = true;
            why.add(entry("excluded: subsidy fraud", "보조금 관리에 관한 법률; 수출바우처 사업 공고 (참여 제외: 보조금 부정수급)",
                    "보조금 부정수급 등 보조금법 위반 이력이 있는 기업은 참여할 수 없습니다."));
        }
        if (c.creditDefault()) {
            failed = true;
            why.add(entry("excluded: credit default", "수출바우처 사업 공고 (참여 제외: 채무불이행·신용회복 진행)",
                    "채무불이행 또는 신용회복 절차 중인 기업은 참여할 수 없습니다."));
        }
        if (c.alreadySelectedThisYear()) {
            failed = true;
            why.add(entry("excluded: already selected this year", "수출바우처 사업 공고 (참여 제외: 같은 해 다른 수출바우처 선정)",
                    "같은 해 다른 수출바우처에 이미 선정된 기업은 참여할 수 없습니다."));
        }
        if (!failed) {
            why.add(entry("no exclusion reported", "수출바우처 사업 공고 (참여 제외 대상)",
                    "참여 제외 사유(휴·폐업, 체납, 부정수급, 채무불이행, 같은 해 중복 선정)가 입력되지 않았습니다."));
        }
        return failed;
    }

    /** Tier and cap by prior-year exports, the new-market bonus, the share by sales, then the voucher totals. */
    private static void mssAmounts(VoucherCase c, LocalDate legalDate, VoucherResult r, List<ExplanationEntry> why) {
        BigDecimal exports = c.priorYearExportsUsd();
        if (exports != null) {
            setTier(exports, r, why);
            if (c.newMarketSuccess() && !legalDate.isBefore(NEW_MARKET_BONUS_FROM)) {
                r.setGovernmentCapKrw(BigDecimal.valueOf(r.getGovernmentCapKrw()).multiply(NEW_MARKET_BONUS)
                        .setScale(0, RoundingMode.DOWN).longValueExact());
                r.setNewMarketBonusApplied(true);
                why.add(entry("MSS: new-market success raises the cap by 20 percent",
                        "중소벤처기업부 2024 수출바우처: 수출다변화 성공기업 지원 한도 20% 상향",
                        "수출다변화 성공기업으로 정부지원 한도가 20% 늘어 " + KoreanWon.format(r.getGovernmentCapKrw())
                                + "입니다(2024년부터)."));
            }
        }
        Long sales = c.annualSalesKrw();
        if (sales != null) {
            setShare(sales, r, why);
        }
        if (r.getGovernmentCapKrw() != null && r.getGovernmentShareRate() != null) {
            long cap = r.getGovernmentCapKrw();
            long total = Won.divideDown(cap, r.getGovernmentShareRate());
            r.setTotalVoucherKrw(total);
            r.setCompanyContributionKrw(total - cap);
            why.add(entry("MSS: voucher total and company share",
                    "중소벤처기업부 수출바우처 공고 (바우처 총액 = 정부지원금 + 기업분담금; 신뢰도 낮음)",
                    "바우처 총액은 정부지원금 " + KoreanWon.format(cap) + " ÷ " + Format.decimal(r.getGovernmentShareRate())
                            + " = " + KoreanWon.format(total) + "(원 단위 버림)이고, 기업분담금은 "
                            + KoreanWon.format(total - cap) + "입니다(정부지원 비율의 신뢰도 낮음)."));
        }
    }

    private static void setTier(BigDecimal exports, VoucherResult r, List<ExplanationEntry> why) {
        String rule;
        String legalBasis;
        if (exports.compareTo(BEGINNER_FROM_USD) < 0) {
            tier(r, Tier.DOMESTIC, 30_000_000L, Tier.BEGINNER, BEGINNER_FROM_USD);
            rule = "MSS tier: domestic (under 1,000 USD)";
            legalBasis = "중소벤처기업부 수출바우처 사업 공고 (2024): 내수 — 정부지원 한도 3,000만원";
        } else if (exports.compareTo(PROMISING_FROM_USD) < 0) {
            tier(r, Tier.BEGINNER, 30_000_000L, Tier.PROMISING, PROMISING_FROM_USD);
            rule = "MSS tier: beginner (1,000 to under 100,000 USD)";
            legalBasis = "중소벤처기업부 수출바우처 사업 공고 (2024): 초보 — 정부지원 한도 3,000만원";
        } else if (exports.compareTo(GROWTH_FROM_USD) < 0) {
            tier(r, Tier.PROMISING, 45_000_000L, Tier.GROWTH, GROWTH_FROM_USD);
            rule = "MSS tier: promising (100,000 to under 1,000,000 USD)";
            legalBasis = "중소벤처기업부 수출바우처 사업 공고 (2024): 유망 — 정부지원 한도 4,500만원";
        } else if (exports.compareTo(STRONG_FROM_USD) < 0) {
            tier(r, Tier.GROWTH, 70_000_000L, Tier.STRONG, STRONG_FROM_USD);
            rule = "MSS tier: growth (1,000,000 to under 5,000,000 USD)";
            legalBasis = "중소벤처기업부 수출바우처 사업 공고 (2024): 성장 — 정부지원 한도 7,000만원";
        } else {
            tier(r, Tier.STRONG, 100_000_000L, null, null);
            rule = "MSS tier: strong (5,000,000 USD or more)";
            legalBasis = "중소벤처기업부 수출바우처 사업 공고 (2024): 강소 — 정부지원 한도 1억원";
        }
        why.add(entry(rule, legalBasis, "전년도 수출실적 " + Format.decimal(exports) + " USD로 "
                + KoreanNames.of(r.getTier()) + " 트랙이며 트랙 정부지원 한도는 " + KoreanWon.format(r.getTierCapKrw()) + "입니다."));
    }

    private static void tier(VoucherResult r, Tier tier, long capKrw, Tier next, BigDecimal nextFromUsd) {
        r.setTier(tier);
        r.setTierCapKrw(capKrw);
        r.setGovernmentCapKrw(capKrw);
        r.setNextTier(next);
        r.setNextTierMinExportsUsd(nextFromUsd);
    }

    /** LOW confidence: the split is known only from a third-party calculator for 2026 (briefing §4.2). */
    private static void setShare(long sales, VoucherResult r, List<ExplanationEntry> why) {
        String rule;
        String legalBasis;
        if (sales < SALES_10_BILLION_KRW) {
            r.setGovernmentShareRate(SHARE_SMALL);
            rule = "MSS share: sales under 10 billion won";
            legalBasis = "중소벤처기업부 수출바우처 공고 (매출액 100억원 미만 정부지원 70%; 신뢰도 낮음: 2024 분할 미확인)";
        } else if (sales < SALES_30_BILLION_KRW) {
            r.setGovernmentShareRate(SHARE_MEDIUM);
            rule = "MSS share: sales 10 to under 30 billion won";
            legalBasis = "중소벤처기업부 수출바우처 공고 (매출액 100억~300억원 미만 정부지원 60%; 신뢰도 낮음: 2024 분할 미확인)";
        } else {
            r.setGovernmentShareRate(SHARE_LARGE);
            rule = "MSS share: sales 30 billion won or more";
            legalBasis = "중소벤처기업부 수출바우처 공고 (매출액 300억원 이상 정부지원 50%; 신뢰도 낮음: 2024 분할 미확인)";
        }
        why.add(entry(rule, legalBasis, "연 매출액 " + KoreanWon.format(sales) + " 기준 정부지원 비율은 "
                + Format.decimal(r.getGovernmentSharePercent()) + SHARE_CAVEAT));
    }

    private static void decide(boolean failed, List<String> missing, VoucherResult r, List<ExplanationEntry> why) {
        if (failed) {
            r.setOutcome(Eligibility.NOT_ELIGIBLE);
            why.add(entry("not eligible", OUTCOME_BASIS,
                    "충족하지 못한 요건이나 참여 제외 사유가 있어 지원 대상이 아닙니다. 아래 안내(hints)를 확인하세요."));
            return;
        }
        if (!missing.isEmpty()) {
            r.setOutcome(Eligibility.UNDETERMINED);
            why.add(entry("undetermined", OUTCOME_BASIS,
                    "판단에 필요한 정보가 부족합니다. missingFacts의 순서대로 입력하세요."));
        } else {
            r.setOutcome(Eligibility.ELIGIBLE);
            why.add(entry("eligible", OUTCOME_BASIS,
                    "수출바우처 신청 요건을 충족합니다. 최종 선정은 평가를 거쳐 결정됩니다."));
        }
        if (r.getNextTier() != null) {
            why.add(entry("exports that would reach the next tier",
                    "중소벤처기업부 수출바우처 사업 공고 (전년도 수출실적별 트랙)",
                    "전년도 수출실적이 " + Format.decimal(r.getNextTierMinExportsUsd()) + " USD 이상이면 "
                            + KoreanNames.of(r.getNextTier()) + " 트랙이 됩니다."));
        }
    }

    /** An explanation entry as the engine writes it: the rule, its legal basis, its source's id and the message. */
    private static ExplanationEntry entry(String rule, String legalBasis, String message) {
        return new ExplanationEntry(rule, legalBasis, "voucher-mss-announcement", message);
    }
}
