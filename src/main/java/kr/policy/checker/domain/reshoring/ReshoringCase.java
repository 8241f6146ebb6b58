package kr.policy.checker.domain.reshoring;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import kr.policy.checker.domain.InputLimits;
import kr.policy.checker.domain.region.Sido;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A reshoring-subsidy case (contract §3). Every fact is optional: what the rules need and do not get is reported as
 * missing. Percent fields are 0–100; the legal thresholds are in the rules.
 */
// listed in the API document's components, where the evaluation operation refers to it (DomainsOpenApiFilter)
@Schema
@JsonPropertyOrder({"decisionDate", "technology", "siteRegion", "requestedAmountKrw", "overseasRestructuring",
        "overseasReductionPercent", "overseasReductionMethod", "returnType", "overseasYears", "koreanControlPercent", "overseasKsic",
        "domesticKsic", "foreignInvestmentSupportEndedOn", "asOf"})
public record ReshoringCase(
        LocalDate decisionDate,
        Technology technology,
        @Schema(implementation = String.class, maxLength = 40,
                description = "a 시·도 by its Korean name (경기도), short name (경기), English name or two-digit code")
        Sido siteRegion,
        @PositiveOrZero @Max(InputLimits.MAX_WON) Long requestedAmountKrw,
        OverseasRestructuring overseasRestructuring,
        @DecimalMin("0") @DecimalMax("100") Double overseasReductionPercent,
        @Schema(description = "how the overseas site was reduced (시행규칙 제3조제1항제2호, asked for a reduced site "
                + "decided from 2026-01-08; contract §13.6)")
        OverseasReductionMethod overseasReductionMethod,
        ReturnType returnType,
        @DecimalMin("0") @Max(200) Double overseasYears,
        @DecimalMin("0") @DecimalMax("100") Double koreanControlPercent,
        @Size(max = 6) @Pattern(regexp = "[A-Za-z]?[0-9]{2,5}", message = "field.ksic") String overseasKsic,
        @Size(max = 6) @Pattern(regexp = "[A-Za-z]?[0-9]{2,5}", message = "field.ksic") String domesticKsic,
        LocalDate foreignInvestmentSupportEndedOn,
        LocalDate asOf) {

    public ReshoringCase {
        returnType = returnType == null ? ReturnType.SINGLE : returnType;
    }
}
