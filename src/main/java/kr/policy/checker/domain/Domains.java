package kr.policy.checker.domain;

import java.util.List;
import kr.policy.checker.domain.permittimeout.PermitTimeoutDomain;
import kr.policy.checker.domain.regulationreview.RegulationReviewDomain;
import kr.policy.checker.domain.reshoring.ReshoringDomain;
import kr.policy.checker.domain.voucher.VoucherDomain;
import kr.policy.checker.engine.DomainSpec;

/** The domains this service knows how to evaluate; each has a folder of the same name under the rules directory. */
public final class Domains {
    private Domains() {
    }

    public static List<DomainSpec<?, ?>> all() {
        return List.of(new PermitTimeoutDomain(), new RegulationReviewDomain(), new ReshoringDomain(),
                new VoucherDomain());
    }
}
