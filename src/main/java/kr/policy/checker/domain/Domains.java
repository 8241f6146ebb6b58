package kr.policy.checker.domain;

import java.util.List;
import java.util.Optional;
import kr.policy.checker.domain.permittimeout.PermitTimeoutDomain;
import kr.policy.checker.domain.regulationreview.RegulationReviewDomain;
import kr.policy.checker.domain.reshoring.ReshoringDomain;
import kr.policy.checker.domain.taxcredit.TaxCreditDomain;
import kr.policy.checker.domain.voucher.VoucherDomain;

/**
 * The domains this service knows how to evaluate, in the order they are listed to people; each has a folder of the
 * same name under the rules directory and under examples/. Adding a domain is one line here.
 */
public final class Domains {
    private static final List<Domain<?, ?>> ALL = List.of(
            new PermitTimeoutDomain(),
            new RegulationReviewDomain(),
            new ReshoringDomain(),
            new VoucherDomain(),
            new TaxCreditDomain());

    private Domains() {
    }

    public static List<Domain<?, ?>> all() {
        return ALL;
    }

    public static Optional<Domain<?, ?>> named(String name) {
        return ALL.stream().filter(d -> d.name().equals(name)).findFirst();
    }

    /** The incentives a firm may claim: what a screening judges it against. */
    public static List<Domain<?, ?>> incentives() {
        return ALL.stream().filter(Domain::incentive).toList();
    }

    /** The domains firms check themselves against on a public page. */
    public static List<Domain<?, ?>> selfChecks() {
        return ALL.stream().filter(Domain::selfCheck).toList();
    }
}
