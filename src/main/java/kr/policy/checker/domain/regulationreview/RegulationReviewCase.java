package kr.policy.checker.domain.regulationreview;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import java.time.LocalDate;
import kr.policy.checker.calendar.Convention;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A regulation-review case (contract §3). Legal bounds (the 30-day extension) are checked by the rules; the
 * {@code @Max} guards here only keep arithmetic sane.
 */
// listed in the API document's components, where the evaluation operation refers to it (DomainsOpenApiFilter)
@Schema
@JsonPropertyOrder({"track", "startDate", "supplementDays", "extensionDays", "replyDate", "convention", "asOf"})
public record RegulationReviewCase(
        @NotNull Track track,
        @NotNull LocalDate startDate,
        @PositiveOrZero @Max(3650) Integer supplementDays,
        @PositiveOrZero @Max(3650) Integer extensionDays,
        LocalDate replyDate,
        Convention convention,
        LocalDate asOf) {

    public RegulationReviewCase {
        supplementDays = supplementDays == null ? 0 : supplementDays;
        extensionDays = extensionDays == null ? 0 : extensionDays;
    }
}
