package kr.policy.checker.domain.voucher;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.PositiveOrZero;
import java.math.BigDecimal;
import java.time.LocalDate;
import kr.policy.checker.domain.InputLimits;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * An export-voucher case (contract §3). Exclusions and newMarketSuccess default to false; what else the rules need
 * and do not get is reported as missing. USD amounts are exact decimals.
 */
// listed in the API document's components, where the evaluation operation refers to it (DomainsOpenApiFilter)
@Schema
@JsonPropertyOrder({"program", "applicationDate", "companySize", "annualSalesKrw", "priorYearExportsUsd", "sector",
        "closedOrSuspended", "taxArrears", "subsidyFraud", "creditDefault", "alreadySelectedThisYear",
        "newMarketSuccess", "asOf"})
public record VoucherCase(
        VoucherProgram program,
        LocalDate applicationDate,
        CompanySize companySize,
        @PositiveOrZero @Max(InputLimits.MAX_WON) Long annualSalesKrw,
        @DecimalMin("0") @DecimalMax(InputLimits.MAX_USD) @Digits(integer = 13, fraction = 2)
        BigDecimal priorYearExportsUsd,
        Sector sector,
        Boolean closedOrSuspended,
        Boolean taxArrears,
        Boolean subsidyFraud,
        Boolean creditDefault,
        Boolean alreadySelectedThisYear,
        Boolean newMarketSuccess,
        LocalDate asOf) {

    public VoucherCase {
        program = program == null ? VoucherProgram.MSS : program;
        closedOrSuspended = Boolean.TRUE.equals(closedOrSuspended);
        taxArrears = Boolean.TRUE.equals(taxArrears);
        subsidyFraud = Boolean.TRUE.equals(subsidyFraud);
        creditDefault = Boolean.TRUE.equals(creditDefault);
        alreadySelectedThisYear = Boolean.TRUE.equals(alreadySelectedThisYear);
        newMarketSuccess = Boolean.TRUE.equals(newMarketSuccess);
    }
}
