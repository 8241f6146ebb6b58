package kr.policy.checker.domain.taxcredit;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import kr.policy.checker.domain.InputLimits;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * An investment-tax-credit case (contract §10): a taxpayer whose tax year is the calendar year. Every fact is
 * optional; what the rules need and do not get is reported as missing. Amounts are integer won.
 */
// listed in the API document's components, where the evaluation operation refers to it (DomainsOpenApiFilter)
@Schema
@JsonPropertyOrder({"taxYear", "companySize", "industryExcluded", "investments", "priorThreeYearsInvestmentKrw",
        "overcrowdedZoneExpansion", "asOf"})
public record TaxCreditCase(
        @Min(1) @Max(9999) Integer taxYear,
        // one CompanySize in the API document: the same values as the export voucher's
        @Schema(ref = "CompanySize") CompanySize companySize,
        Boolean industryExcluded,
        @Valid @OneEntryPerClass @Size(max = 4) List<@NotNull Investment> investments,
        @PositiveOrZero @Max(InputLimits.MAX_WON) Long priorThreeYearsInvestmentKrw,
        Boolean overcrowdedZoneExpansion,
        LocalDate asOf) {

    public TaxCreditCase {
        industryExcluded = Boolean.TRUE.equals(industryExcluded);
    }

    /** The amount invested in one class this year; 0 when none. */
    public long investedIn(AssetClass assetClass) {
        return investments == null ? 0 : investments.stream().filter(i -> i.assetClass() == assetClass)
                .mapToLong(Investment::amountKrw).sum();
    }

    // no bean names below: these are derived, not input fields a partner could send

    /** This year's investment in every class. */
    public long investmentTotal() {
        return investments == null ? 0 : investments.stream().mapToLong(Investment::amountKrw).sum();
    }

    /** Whether everything invested this year (and something was) went into national-strategic technology. */
    public boolean allNationalStrategic() {
        return investmentTotal() > 0 && investments.stream()
                .allMatch(i -> i.amountKrw() == 0 || i.assetClass().nationalStrategic());
    }
}
