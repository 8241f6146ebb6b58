package kr.policy.checker.api;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.time.LocalDate;
import java.util.List;
import kr.policy.checker.calendar.Convention;
import kr.policy.checker.calendar.SkippedDay;

/** Contract §2 deadline answer; {@code legalBasis} and {@code ruleSetVersion} are additions. */
@JsonPropertyOrder({"start", "days", "convention", "expiryDate", "dayAfterExpiry", "skippedDays", "legalBasis",
        "ruleSetVersion"})
public record DeadlineResponse(LocalDate start, int days, Convention convention, LocalDate expiryDate,
                               LocalDate dayAfterExpiry, List<SkippedDay> skippedDays, String legalBasis,
                               String ruleSetVersion) {
}
