package kr.policy.checker.domain.voucher;

import java.time.LocalDate;
import java.util.Map;
import kr.policy.checker.engine.DomainSpec;

/** 수출바우처 (MSS and MOTIE programmes); the rules themselves are in rules/export-voucher. */
public final class VoucherDomain implements DomainSpec<VoucherCase, VoucherResult> {
    public static final String NAME = "export-voucher";

    @Override public String name() { return NAME; }
    @Override public Class<VoucherCase> caseType() { return VoucherCase.class; }
    @Override public Class<VoucherResult> resultType() { return VoucherResult.class; }

    @Override
    public VoucherResult newResult(VoucherCase input) {
        return new VoucherResult(input.program());
    }

    @Override
    public LocalDate asOf(VoucherCase input) {
        return input.asOf();
    }

    /** The programme rules in force on the application date apply; default asOf. */
    @Override
    public LocalDate legalDate(VoucherCase input, LocalDate asOf) {
        return input.applicationDate() != null ? input.applicationDate() : asOf;
    }

    /** No day counting here; an application date may lie ahead of asOf (what would apply then). */
    @Override
    public Map<String, LocalDate> datedFacts(VoucherCase input) {
        return Map.of();
    }
}
