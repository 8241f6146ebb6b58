package kr.policy.checker.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import kr.policy.checker.engine.RuleMeta;
import kr.policy.checker.engine.RuleSet;

/** Contract §4: the rule set in service, its domains and rules; the calendar's span is an addition. */
@JsonPropertyOrder({"version", "loadedAt", "domains", "calendar"})
public record RuleSetView(String version, Instant loadedAt, List<DomainView> domains, CalendarView calendar) {

    public record DomainView(String domain, List<RuleView> rules) {
    }

    /** The contract's fields always appear (open validity ends as null); the added ones only when set. */
    @JsonPropertyOrder({"name", "legalBasis", "validFrom", "validTo", "file", "line", "cell", "refuse", "field"})
    public record RuleView(String name, String legalBasis, LocalDate validFrom, LocalDate validTo, String file,
                           @JsonInclude(JsonInclude.Include.NON_NULL) Integer line,
                           @JsonInclude(JsonInclude.Include.NON_NULL) String cell,
                           @JsonInclude(JsonInclude.Include.NON_NULL) String refuse,
                           @JsonInclude(JsonInclude.Include.NON_NULL) String field) {
    }

    public record CalendarView(String file, LocalDate coveredFrom, LocalDate coveredTo, LocalDate knownAsOf) {
    }

    static RuleSetView of(RuleSet set) {
        List<DomainView> domains = set.domains().stream()
                .map(d -> new DomainView(d.domain(), d.rules().stream().map(RuleSetView::rule).toList()))
                .toList();
        return new RuleSetView(set.version(), set.loadedAt(), domains, new CalendarView("calendar/holidays.yaml",
                set.calendar().coveredFrom(), set.calendar().coveredTo(), set.calendar().knownAsOf()));
    }

    private static RuleView rule(RuleMeta m) {
        return new RuleView(m.name(), m.legalBasis(), m.validFrom(), m.validTo(), m.file(), m.line(), m.cell(),
                m.refusal() == null ? null : m.refusal().name().toLowerCase(java.util.Locale.ROOT), m.field());
    }
}
