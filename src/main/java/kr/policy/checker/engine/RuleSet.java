package kr.policy.checker.engine;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import kr.policy.checker.calendar.HolidayCalendar;
import kr.policy.checker.calendar.PeriodCalculator;

/**
 * Everything compiled from one reading of the rules directory: the domains' rules and the holiday calendar.
 * Immutable, so an evaluation that started on it finishes on it whatever a reload does meanwhile.
 */
public final class RuleSet {
    private final String version;
    private final Instant loadedAt;
    private final PeriodCalculator periods;
    private final Map<String, DomainRules> domains;
    private final List<RuleFile> files;
    private final LegalSourceRegister sources;

    public RuleSet(String version, Instant loadedAt, PeriodCalculator periods, Map<String, DomainRules> domains,
            List<RuleFile> files, LegalSourceRegister sources) {
        this.files = List.copyOf(files);
        this.sources = sources;
        this.version = version;
        this.loadedAt = loadedAt;
        this.periods = periods;
        this.domains = domains;
    }

    /** {@code sha256:} and the hex digest of the rule files. */
    public String version() { return version; }
    public Instant loadedAt() { return loadedAt; }
    public PeriodCalculator periods() { return periods; }
    public HolidayCalendar calendar() { return periods.calendar(); }

    /** The legal sources its rules name (rules/sources.yaml). */
    public LegalSourceRegister sources() { return sources; }

    public Optional<DomainRules> domain(String name) {
        return Optional.ofNullable(domains.get(name));
    }

    /** The files it was compiled from, in path order: what the archive keeps. */
    public List<RuleFile> files() {
        return files;
    }

    /** Domains in name order. */
    public Collection<DomainRules> domains() {
        return domains.values();
    }
}
