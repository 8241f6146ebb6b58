package kr.policy.checker.domain.permittimeout;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import java.time.LocalDate;
import kr.policy.checker.calendar.Convention;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A permit-timeout case (contract §3). Legal bounds (the 15-day extension) are checked by the rules; the
 * {@code @Max} guards here only keep arithmetic sane.
 */
// listed in the API document's components, where the evaluation operation refers to it (DomainsOpenApiFilter)
@Schema
@JsonPropertyOrder({"channel", "permitType", "committeeResolutionDate", "requestDate", "supplementDays",
        "planSubmittedDate", "extensionDays", "resultNotifiedDate", "legacyHeritageConsultation", "convention", "asOf"})
public record PermitTimeoutCase(
        @NotNull Channel channel,
        @NotNull PermitType permitType,
        LocalDate committeeResolutionDate,
        LocalDate requestDate,
        @PositiveOrZero @Max(3650) Integer supplementDays,
        LocalDate planSubmittedDate,
        @PositiveOrZero @Max(3650) Integer extensionDays,
        LocalDate resultNotifiedDate,
        @Schema(description = "매장유산 협의가 옛 매장유산법에 따라 시작되어 국가유산영향진단법 부칙 제3조로 아직 진행 중인지 "
                + "(a 매장유산 consultation begun under the old act and still pending); default false")
        Boolean legacyHeritageConsultation,
        Convention convention,
        LocalDate asOf) {

    public PermitTimeoutCase {
        supplementDays = supplementDays == null ? 0 : supplementDays;
        extensionDays = extensionDays == null ? 0 : extensionDays;
        legacyHeritageConsultation = legacyHeritageConsultation != null && legacyHeritageConsultation;
    }
}
