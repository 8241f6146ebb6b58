package kr.policy.checker.bench.floor;

import java.time.LocalDate;
import kr.policy.checker.calendar.PeriodCalculator;
import kr.policy.checker.domain.permittimeout.PermitTimeoutCase;
import kr.policy.checker.domain.permittimeout.PermitTimeoutDomain;
import kr.policy.checker.domain.regulationreview.RegulationReviewCase;
import kr.policy.checker.domain.regulationreview.RegulationReviewDomain;
import kr.policy.checker.domain.reshoring.ReshoringCase;
import kr.policy.checker.domain.reshoring.ReshoringDomain;
import kr.policy.checker.domain.voucher.VoucherCase;
import kr.policy.checker.domain.voucher.VoucherDomain;
import kr.policy.checker.engine.EngineFixture;

/** The four hand-written floors, one per domain, picked by the domain's name. */
public final class Floors {
    private final PermitTimeoutFloor permitTimeout;
    private final RegulationReviewFloor regulationReview;
    private final ReshoringFloor reshoring;
    private final VoucherFloor voucher;

    /** @param periods counts days for the two deadline domains, on the same holiday calendar as the engine */
    public Floors(PeriodCalculator periods) {
        this.permitTimeout = new PermitTimeoutFloor(periods);
        this.regulationReview = new RegulationReviewFloor(periods);
        this.reshoring = new ReshoringFloor();
        this.voucher = new VoucherFloor();
    }

    /** The floors on the project's own rules directory (its holiday calendar), as the benchmarks use it. */
    public static FloorAnswer evaluate(String domain, Object input, LocalDate today) {
        return OnProjectRules.FLOORS.answer(domain, input, today);
    }

    /** @param input the domain's case record */
    public FloorAnswer answer(String domain, Object input, LocalDate today) {
        return switch (domain) {
            case PermitTimeoutDomain.NAME -> permitTimeout.evaluate((PermitTimeoutCase) input, today);
            case RegulationReviewDomain.NAME -> regulationReview.evaluate((RegulationReviewCase) input, today);
            case ReshoringDomain.NAME -> reshoring.evaluate((ReshoringCase) input, today);
            case VoucherDomain.NAME -> voucher.evaluate((VoucherCase) input, today);
            default -> throw new IllegalArgumentException("no floor for domain " + domain);
        };
    }

    /** Built on first use, so that merely loading Floors compiles no rules. */
    private static final class OnProjectRules {
        static final Floors FLOORS = new Floors(EngineFixture.RULES.periods());
    }
}
