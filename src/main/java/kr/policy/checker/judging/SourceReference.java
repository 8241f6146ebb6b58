package kr.policy.checker.judging;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.time.LocalDate;
import kr.policy.checker.engine.LegalSource;

/**
 * A legal source as an answer names it (contract §13.4): which text, by its number, in force from when; the version
 * in force on the case's legal date. For an earlier version, {@code until} is the last day it was in force, and
 * {@code effective} is null where the day it took effect is not confirmed (its number then says so).
 */
@JsonPropertyOrder({"id", "title", "number", "effective", "until"})
public record SourceReference(String id, String title, String number, LocalDate effective,
                              @JsonInclude(JsonInclude.Include.NON_NULL) LocalDate until) {

    public static SourceReference of(LegalSource source) {
        return new SourceReference(source.id(), source.title(), source.number(), source.effective(), source.until());
    }
}
