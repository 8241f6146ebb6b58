package kr.policy.checker.judging;

import java.time.LocalDate;
import kr.policy.checker.engine.LegalSource;

/** A legal source as an answer names it (contract §13.4): which text, by its number, in force from when. */
public record SourceReference(String id, String title, String number, LocalDate effective) {

    public static SourceReference of(LegalSource source) {
        return new SourceReference(source.id(), source.title(), source.number(), source.effective());
    }
}
