package kr.policy.checker.domain.reshoring;

import java.util.List;
import kr.policy.checker.domain.DescribedDomain;
import kr.policy.checker.domain.DescribedDomain.LegalDate;
import kr.policy.checker.domain.Eligibility;
import kr.policy.checker.domain.Question;

/** 유턴 보조금 (해외진출기업복귀법, 유턴 고시); the law itself is in rules/reshoring-subsidy. */
public final class ReshoringDomain extends DescribedDomain<ReshoringCase, ReshoringResult> {
    public static final String NAME = "reshoring-subsidy";

    public ReshoringDomain() {
        // the decision date's rules apply (caps changed on 2024-08-30, KSIC depth on 2024-12-31), default asOf; no
        // day counting, and a decision date may lie ahead of asOf (what would apply then)
        super(NAME, ReshoringCase.class, ReshoringResult.class, Eligibility.class, input -> new ReshoringResult(),
                ReshoringCase::asOf, LegalDate.orAsOf("decisionDate", ReshoringCase::decisionDate));
    }

    @Override
    public String exampleCase() {
        return """
                {"decisionDate": "2024-09-02", "technology": "NATIONAL_ADVANCED_STRATEGIC", "siteRegion": "경기도",
                 "requestedAmountKrw": 25000000000, "overseasYears": 3, "koreanControlPercent": 60,
                 "overseasKsic": "C26110", "domesticKsic": "C26120"}""";
    }

    /** A reduced site decided under 시행규칙 제3조제1항제2호 as rewritten on 2026-01-08: the method is given. */
    @Override
    public java.util.Map<String, String> moreExampleCases() {
        return java.util.Map.of("reduced-2026", """
                {"decisionDate": "2026-03-02", "technology": "OTHER", "siteRegion": "울산", "overseasYears": 3,
                 "koreanControlPercent": 60, "overseasKsic": "C26110", "domesticKsic": "C26120",
                 "overseasRestructuring": "REDUCED", "overseasReductionMethod": "PARTIAL_CLOSURE",
                 "overseasReductionPercent": 30}""");
    }

    /** A firm's self-check: what exempts it first, then the criteria of 제2조, the amount and the date last. */
    @Override
    public List<Question> questions() {
        return List.of(
                Question.choice("technology", Technology.class),
                Question.region("siteRegion"),
                Question.number("overseasYears"),
                Question.number("koreanControlPercent"),
                Question.text("overseasKsic"),
                Question.text("domesticKsic"),
                Question.choice("overseasRestructuring", OverseasRestructuring.class),
                // asked only when an answer needs it: a reduced site decided from 2026-01-08 (시행규칙 제3조제1항제2호)
                Question.choice("overseasReductionMethod", OverseasReductionMethod.class).onlyWhenMissing(),
                Question.number("overseasReductionPercent"),
                Question.choice("returnType", ReturnType.class),
                Question.date("foreignInvestmentSupportEndedOn"),
                Question.number("requestedAmountKrw"),
                Question.date("decisionDate"));
    }

    @Override
    public boolean incentive() {
        return true;
    }

    @Override
    public List<String> headline() {
        return List.of("capKrw", "grantableAmountKrw");
    }
}
