package kr.policy.checker.api;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.time.LocalDate;
import java.util.List;
import kr.policy.checker.engine.LegalSourceRegister;

/** Contract §13.4: {@code {"sources": [...]}}, the register of legal sources in file order. */
public record LegalSourcesView(List<Entry> sources) {

    @JsonPropertyOrder({"id", "title", "kind", "number", "promulgated", "effective", "checkedOn", "url", "versions"})
    public record Entry(String id, String title, String kind, String number, LocalDate promulgated,
                        LocalDate effective, LocalDate checkedOn, String url, List<Version> versions) {
    }

    /**
     * An earlier version the rules apply to dates before the entry's effective date (oldest first); promulgated and
     * effective are null where not confirmed.
     */
    @JsonPropertyOrder({"number", "promulgated", "effective", "until"})
    public record Version(String number, LocalDate promulgated, LocalDate effective, LocalDate until) {
    }

    static LegalSourcesView of(LegalSourceRegister register) {
        return new LegalSourcesView(register.all().stream().map(s -> new Entry(s.id(), s.title(), s.kind(),
                s.number(), s.promulgated(), s.effective(), s.checkedOn(), s.url(),
                s.earlier().stream().map(v -> new Version(v.number(), v.promulgated(), v.effective(), v.until()))
                        .toList())).toList());
    }
}
