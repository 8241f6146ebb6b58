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

    /** {@code encodedUntil}: the last legal date the domain's rules were written for (§13.5), and why. */
    @JsonPropertyOrder({"domain", "encodedUntil", "horizonReason", "rules"})
    public record DomainView(String domain, LocalDate encodedUntil, String horizonReason, List<RuleView> rules) {
    }

    /**
     * The contract's fields always appear (open validity ends as null); the added ones only when set. {@code source}
     * is the id of the rule's legal source; a rule whose source depends on a choice of the case names the choice
     * ({@code {channel:source}}) and lists in {@code sourceChoices} every source id it can name.
     */
    @JsonPropertyOrder({"name", "legalBasis", "source", "sourceChoices", "validFrom", "validTo", "file", "line", "cell",
            "refuse", "field"})
    public record RuleView(String name, String legalBasis, String source,
                           @JsonInclude(JsonInclude.Include.NON_NULL) List<String> sourceChoices,
                           LocalDate validFrom, LocalDate validTo, String file,
                           @JsonInclude(JsonInclude.Include.NON_NULL) Integer line,
                           @JsonInclude(JsonInclude.Include.NON_NULL) String cell,
                           @JsonInclude(JsonInclude.Include.NON_NULL) String refuse,
                           @JsonInclude(JsonInclude.Include.NON_NULL) String field) {
    }

    public record CalendarView(String file, LocalDate coveredFrom, LocalDate coveredTo, LocalDate knownAsOf) {
    }

    static RuleSetView of(RuleSet set) {
        List<DomainView> domains = set.domains().stream()
                .map(d -> new DomainView(d.domain(), d.horizon().encodedUntil(), d.horizon().reason(),
                        d.rules().stream().map(RuleSetView::rule).toList()))
                .toList();
        return new RuleSetView(set.version(), set.loadedAt(), domains, new CalendarView("calendar/holidays.yaml",
                set.calendar().coveredFrom(), set.calendar().coveredTo(), set.calendar().knownAsOf()));
    }

    private static RuleView rule(RuleMeta m) {
        return new RuleView(m.name(), m.legalBasis(), m.source(), m.sourceTemplate() == null ? null : m.sourceChoices(),
                m.validFrom(), m.validTo(), m.file(), m.line(), m.cell(),
                m.refusal() == null ? null : m.refusal().name().toLowerCase(java.util.Locale.ROOT), m.field());
    }
}
