package kr.policy.checker.domain.voucher;

import java.util.List;
import kr.policy.checker.domain.DescribedDomain;
import kr.policy.checker.domain.DescribedDomain.LegalDate;
import kr.policy.checker.domain.Eligibility;
import kr.policy.checker.domain.Question;

/** 수출바우처 (MSS and MOTIE programmes); the rules themselves are in rules/export-voucher. */
public final class VoucherDomain extends DescribedDomain<VoucherCase, VoucherResult> {
    public static final String NAME = "export-voucher";

    public VoucherDomain() {
        // the programme rules in force on the application date apply, default asOf; no day counting, and an
        // application date may lie ahead of asOf (what would apply then)
        super(NAME, VoucherCase.class, VoucherResult.class, Eligibility.class,
                input -> new VoucherResult(input.program()), VoucherCase::asOf,
                LegalDate.orAsOf("applicationDate", VoucherCase::applicationDate));
    }

    @Override
    public String exampleCase() {
        return """
                {"program": "MSS", "companySize": "SME", "annualSalesKrw": 5000000000, "priorYearExportsUsd": 100000}""";
    }

    @Override
    public String exampleAnswer() {
        return """
                {"domain": "export-voucher", "asOf": "2024-03-04", "legalDate": "2024-03-04", "ruleSetVersion": "sha256:…",
                 "outcome": "ELIGIBLE",
                 "result": {"program": "MSS", "tier": "PROMISING", "tierCapKrw": 45000000, "governmentCapKrw": 45000000,
                            "governmentCapKrwDisplay": "4,500만 원", "governmentShareRate": 0.7, "governmentSharePercent": 70,
                            "totalVoucherKrw": 64285714, "totalVoucherKrwDisplay": "6,428만 5,714원",
                            "companyContributionKrw": 19285714, "companyContributionKrwDisplay": "1,928만 5,714원",
                            "newMarketBonusApplied": false, "nextTier": "GROWTH", "nextTierMinExportsUsd": 1000000},
                 "explanation": [{"rule": "MSS tier: promising (100,000 to under 1,000,000 USD)",
                                  "legalBasis": "중소벤처기업부 수출바우처 사업 공고 (2024): 유망 — 정부지원 한도 4,500만원",
                                  "source": "voucher-mss-announcement",
                                  "message": "전년도 수출실적 100,000 USD로 유망 트랙이며 트랙 정부지원 한도는 4,500만 원입니다."}],
                 "sources": [{"id": "voucher-mss-announcement", "title": "2024년 수출바우처사업 참여기업 모집 공고 (중소벤처기업부)",
                              "number": "중소벤처기업부 공고 (2024년 수출바우처 1차, 번호 미확인)", "effective": "2024-01-23"}],
                 "missingFacts": [],
                 "hints": [{"field": "priorYearExportsUsd",
                            "message": "수출실적이 1,000,000 USD 이상이면 성장 트랙에 해당합니다(현재 유망, 입력 100,000 USD)."}]}""";
    }

    /** A firm's self-check: the programme and the firm first, then what sets the tier and share, exclusions last. */
    @Override
    public List<Question> questions() {
        return List.of(
                Question.choice("program", VoucherProgram.class),
                Question.choice("companySize", CompanySize.class),
                Question.number("priorYearExportsUsd"),
                Question.number("annualSalesKrw"),
                Question.choice("sector", Sector.class),
                Question.yesNo("newMarketSuccess"),
                Question.yesNo("closedOrSuspended"),
                Question.yesNo("taxArrears"),
                Question.yesNo("subsidyFraud"),
                Question.yesNo("creditDefault"),
                Question.yesNo("alreadySelectedThisYear"),
                Question.date("applicationDate"));
    }

    @Override
    public boolean incentive() {
        return true;
    }

    @Override
    public List<String> headline() {
        return List.of("tier", "governmentCapKrw", "totalVoucherKrw", "companyContributionKrw");
    }
}
