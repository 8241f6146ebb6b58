package kr.policy.checker.domain.reshoring;

import java.time.LocalDate;
import java.util.Map;
import kr.policy.checker.engine.DomainSpec;

/** 유턴 보조금 (해외진출기업복귀법, 유턴 고시); the law itself is in rules/reshoring-subsidy. */
public final class ReshoringDomain implements DomainSpec<ReshoringCase, ReshoringResult> {
    public static final String NAME = "reshoring-subsidy";

    @Override public String name() { return NAME; }
    @Override public Class<ReshoringCase> caseType() { return ReshoringCase.class; }
    @Override public Class<ReshoringResult> resultType() { return ReshoringResult.class; }

    @Override
    public ReshoringResult newResult(ReshoringCase input) {
        return new ReshoringResult();
    }

    @Override
    public LocalDate asOf(ReshoringCase input) {
        return input.asOf();
    }

    /** The decision date's rules apply (caps changed on 2024-08-30, KSIC depth on 2024-12-31); default asOf. */
    @Override
    public LocalDate legalDate(ReshoringCase input, LocalDate asOf) {
        return input.decisionDate() != null ? input.decisionDate() : asOf;
    }

    /** No day counting here; a decision date may lie ahead of asOf (what would apply then). */
    @Override
    public Map<String, LocalDate> datedFacts(ReshoringCase input) {
        return Map.of();
    }
}
