package kr.policy.checker.domain.permittimeout;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import kr.policy.checker.engine.DomainSpec;

/** 인·허가 타임아웃제 (국가첨단전략산업법 제19조, 제25조의2제3항); the law itself is in rules/permit-timeout. */
public final class PermitTimeoutDomain implements DomainSpec<PermitTimeoutCase, PermitTimeoutResult> {
    public static final String NAME = "permit-timeout";

    @Override public String name() { return NAME; }
    @Override public Class<PermitTimeoutCase> caseType() { return PermitTimeoutCase.class; }
    @Override public Class<PermitTimeoutResult> resultType() { return PermitTimeoutResult.class; }

    @Override
    public PermitTimeoutResult newResult(PermitTimeoutCase input) {
        return new PermitTimeoutResult(input.convention());
    }

    @Override
    public LocalDate asOf(PermitTimeoutCase input) {
        return input.asOf();
    }

    /** The Minister's request starts the procedure; before one exists, the rules in force on asOf apply. */
    @Override
    public LocalDate legalDate(PermitTimeoutCase input, LocalDate asOf) {
        return input.requestDate() != null ? input.requestDate() : asOf;
    }

    @Override
    public Map<String, LocalDate> datedFacts(PermitTimeoutCase input) {
        Map<String, LocalDate> dates = new LinkedHashMap<>();
        dates.put("committeeResolutionDate", input.committeeResolutionDate());
        dates.put("requestDate", input.requestDate());
        dates.put("planSubmittedDate", input.planSubmittedDate());
        dates.put("resultNotifiedDate", input.resultNotifiedDate());
        return dates;
    }
}
