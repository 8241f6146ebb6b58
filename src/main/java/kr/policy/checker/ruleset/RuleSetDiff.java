package kr.policy.checker.ruleset;

import kr.policy.checker.engine.LegalSourceRegister;
import kr.policy.checker.engine.LegalSource;
import kr.policy.checker.engine.RuleFile;
import java.io.IOException;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import kr.policy.checker.calendar.Holiday;
import kr.policy.checker.calendar.HolidayCalendar;
import kr.policy.checker.calendar.HolidayCalendarBuilder;
import kr.policy.checker.calendar.HolidayFileReader;

/**
 * What one rule set changes against another, in the three ways a reviewer reads a change: each file as a unified
 * diff, each rule (matched by domain and name) with the parts of it that differ, and each date that becomes, stops
 * being or is renamed as a public holiday. A file edit that only re-indents shows in the file diff but changes no
 * rule; a message edit changes every rule that shows that message. It never throws on a broken side: a DRL or a
 * calendar that does not parse only leaves out its rule or holiday entries, and its file diff still shows it.
 */
public record RuleSetDiff(List<FileChange> files, List<RuleChange> rules, List<HolidayChange> holidays,
                          List<SourceChange> sources) {
    private static final String HOLIDAYS = "calendar/holidays.yaml";
    /** The parts of a rule in the order they are reported; other attributes and metadata follow by name. */
    private static final List<String> PART_ORDER =
            List.of("when", "then", "salience", "legalBasis", "source", "validFrom", "validTo", "message");
    /** Metadata naming a message key: changed when the key or its text in either language changes. */
    private static final Set<String> MESSAGE_KEYS = Set.of("message", "hint");

    public enum Change { ADDED, REMOVED, MODIFIED }

    /**
     * diff: a unified diff ("--- a/&lt;path&gt;\n+++ b/&lt;path&gt;\n@@ ...", 3 lines of context) for text files and for
     * decision tables (of their cells, one line per row: {@code 12: cap from … | TRUE | 20000000000 | …}); null for
     * another binary file. cells: for a decision table, each cell that differs; empty otherwise.
     */
    public record FileChange(String path, Change change, String diff, List<CellChange> cells) {
        public FileChange {
            cells = List.copyOf(cells);
        }
    }

    /** One cell of a decision table that differs: its reference (C12) and its value before and after, as shown. */
    public record CellChange(String cell, String before, String after) {}

    /** changed: what differs, among "when", "then", "salience", "legalBasis", "validFrom", "validTo", "message", and any other metadata by its name (e.g. "hint", "refuse", "field"); empty for ADDED/REMOVED. */
    public record RuleChange(String domain, String rule, Change change, List<String> changed) {
        public RuleChange {
            changed = List.copyOf(changed);
        }
    }

    /** name: the holiday's Korean name (the new one for ADDED/MODIFIED, the old one for REMOVED); several names on one date are joined with " · ". */
    public record HolidayChange(LocalDate date, Change change, String name) {}

    /**
     * An entry of the legal-sources register (sources.yaml) added, removed or changed; changed: which of its fields
     * differ ("number", "effective", "checkedOn", "versions", …), empty for ADDED/REMOVED.
     */
    public record SourceChange(String id, Change change, List<String> changed) {
        public SourceChange {
            changed = List.copyOf(changed);
        }
    }

    public RuleSetDiff {
        sources = List.copyOf(sources);
        files = List.copyOf(files);
        rules = List.copyOf(rules);
        holidays = List.copyOf(holidays);
    }

    public static RuleSetDiff between(List<RuleFile> from, List<RuleFile> to) {
        Map<String, RuleFile> before = byPath(from);
        Map<String, RuleFile> after = byPath(to);
        return new RuleSetDiff(FileDiffs.between(before, after), ruleChanges(before, after),
                holidayChanges(before.get(HOLIDAYS), after.get(HOLIDAYS)),
                sourceChanges(before.get(LegalSourceRegister.FILE), after.get(LegalSourceRegister.FILE)));
    }

    // ---------------------------------------------------------------- legal sources

    /** Each register entry that is new, gone or different, by id in the order of the newer file; none if a side is broken. */
    private static List<SourceChange> sourceChanges(RuleFile before, RuleFile after) {
        Map<String, LegalSource> old = register(before);
        Map<String, LegalSource> neu = register(after);
        if (old == null || neu == null) {
            return List.of();
        }
        List<SourceChange> out = new ArrayList<>();
        neu.forEach((id, b) -> {
            LegalSource a = old.get(id);
            if (a == null) {
                out.add(new SourceChange(id, Change.ADDED, List.of()));
                return;
            }
            List<String> changed = new ArrayList<>();
            Map<String, Function<LegalSource, Object>> fields = new java.util.LinkedHashMap<>();
            fields.put("title", LegalSource::title);
            fields.put("kind", LegalSource::kind);
            fields.put("number", LegalSource::number);
            fields.put("promulgated", LegalSource::promulgated);
            fields.put("effective", LegalSource::effective);
            fields.put("checkedOn", LegalSource::checkedOn);
            fields.put("url", LegalSource::url);
            // the earlier versions the rules apply, by what they say (not where they stand in the file)
            fields.put("versions", s -> s.earlier().stream().map(v -> java.util.Arrays.asList(v.number(),
                    v.promulgated(), v.effective(), v.until())).toList());
            fields.forEach((name, field) -> {
                if (!Objects.equals(field.apply(a), field.apply(b))) {
                    changed.add(name);
                }
            });
            if (!changed.isEmpty()) {
                out.add(new SourceChange(id, Change.MODIFIED, changed));
            }
        });
        old.keySet().stream().filter(id -> !neu.containsKey(id))
                .forEach(id -> out.add(new SourceChange(id, Change.REMOVED, List.of())));
        return out;
    }

    /** The register's entries by id (empty for an absent file), or null when it does not parse. */
    private static Map<String, LegalSource> register(RuleFile file) {
        if (file == null) {
            return Map.of();
        }
        LegalSourceRegister register = LegalSourceRegister.parse(file.text(), new ArrayList<>());
        if (register == null) {
            return null;
        }
        Map<String, LegalSource> out = new java.util.LinkedHashMap<>();
        register.all().forEach(s -> out.put(s.id(), s));
        return out;
    }

    private static Map<String, RuleFile> byPath(List<RuleFile> files) {
        return files.stream().collect(Collectors.toMap(RuleFile::path, Function.identity(), (a, b) -> b, TreeMap::new));
    }

    static <K extends Comparable<? super K>> TreeSet<K> union(Set<K> a, Set<K> b) {
        TreeSet<K> all = new TreeSet<>(a);
        all.addAll(b);
        return all;
    }

    static Change change(Object before, Object after) {
        return before == null ? Change.ADDED : after == null ? Change.REMOVED : Change.MODIFIED;
    }

    // ---------------------------------------------------------------- rules

    /** One side of a domain: its rules by name and its messages in both languages. */
    private record DomainSide(Map<String, DrlRuleSource.DrlRule> rules, Properties ko, Properties en) {

        /** Empty when a DRL of the domain does not parse. */
        static Optional<DomainSide> of(String domain, Map<String, RuleFile> files) {
            List<RuleFile> drls = new ArrayList<>();
            for (RuleFile f : files.values()) {
                if (!f.folder().equals(domain)) {
                    continue;
                }
                if (f.path().endsWith(".drl")) {
                    drls.add(f);
                } else if (DecisionSheet.isTable(f.path())) {
                    // a table's rules compare as the DRL it compiles to; a table that does not compile is left out
                    DecisionTable.Compiled table = DecisionTable.compile(f, RuleSetDiff.class.getClassLoader(),
                            new ArrayList<>());
                    if (table != null) {
                        drls.add(table.drl());
                    }
                }
            }
            return DrlRuleSource.rules(drls).map(rules -> new DomainSide(rules,
                    messages(files.get(domain + "/messages_ko.properties")),
                    messages(files.get(domain + "/messages_en.properties"))));
        }

        /** The texts a message key stands for, Korean then English (null where a key or text is missing). */
        List<String> texts(String key) {
            return key == null ? null : Arrays.asList(ko.getProperty(key), en.getProperty(key));
        }

        private static Properties messages(RuleFile file) {
            Properties p = new Properties();
            if (file != null && file.isText()) {
                try {
                    p.load(new StringReader(file.text()));
                } catch (IOException | IllegalArgumentException e) {
                    p.clear();
                }
            }
            return p;
        }
    }

    private static List<RuleChange> ruleChanges(Map<String, RuleFile> before, Map<String, RuleFile> after) {
        List<RuleChange> out = new ArrayList<>();
        for (String domain : drlDomains(before, after)) {
            Optional<DomainSide> old = DomainSide.of(domain, before);
            Optional<DomainSide> neu = DomainSide.of(domain, after);
            if (old.isPresent() && neu.isPresent()) {
                out.addAll(ruleChanges(domain, old.get(), neu.get()));
            }
        }
        return out;
    }

    /** The domain folders holding a DRL on either side, sorted. */
    private static TreeSet<String> drlDomains(Map<String, RuleFile> before, Map<String, RuleFile> after) {
        TreeSet<String> domains = new TreeSet<>();
        for (Map<String, RuleFile> side : List.of(before, after)) {
            side.values().stream().filter(f -> !f.folder().isEmpty() && (f.path().endsWith(".drl") || DecisionSheet.isTable(f.path())))
                    .forEach(f -> domains.add(f.folder()));
        }
        return domains;
    }

    private static List<RuleChange> ruleChanges(String domain, DomainSide old, DomainSide neu) {
        List<RuleChange> out = new ArrayList<>();
        for (String name : union(old.rules().keySet(), neu.rules().keySet())) {
            DrlRuleSource.DrlRule a = old.rules().get(name);
            DrlRuleSource.DrlRule b = neu.rules().get(name);
            List<String> changed = a == null || b == null ? List.of() : changedParts(a, old, b, neu);
            if (a == null || b == null || !changed.isEmpty()) {
                out.add(new RuleChange(domain, name, change(a, b), changed));
            }
        }
        return out;
    }

    private static List<String> changedParts(DrlRuleSource.DrlRule a, DomainSide old, DrlRuleSource.DrlRule b,
                                             DomainSide neu) {
        Set<String> changed = new HashSet<>();
        if (!a.when().equals(b.when())) {
            changed.add("when");
        }
        if (!a.then().equals(b.then())) {
            changed.add("then");
        }
        for (String name : union(a.attributes().keySet(), b.attributes().keySet())) {
            if (!Objects.equals(a.attributes().get(name), b.attributes().get(name))) {
                changed.add(name);
            }
        }
        for (String name : union(a.metadata().keySet(), b.metadata().keySet())) {
            String oldValue = a.metadata().get(name);
            String newValue = b.metadata().get(name);
            boolean differs = !Objects.equals(oldValue, newValue)
                    || MESSAGE_KEYS.contains(name) && !Objects.equals(old.texts(oldValue), neu.texts(newValue));
            if (differs) {
                changed.add(name);
            }
        }
        return changed.stream().sorted(Comparator.comparingInt(RuleSetDiff::partRank)
                .thenComparing(Comparator.naturalOrder())).toList();
    }

    private static int partRank(String part) {
        int i = PART_ORDER.indexOf(part);
        return i < 0 ? PART_ORDER.size() : i;
    }

    // ---------------------------------------------------------------- holidays

    private static List<HolidayChange> holidayChanges(RuleFile before, RuleFile after) {
        Optional<Map<LocalDate, String>> old = holidayNames(before);
        Optional<Map<LocalDate, String>> neu = holidayNames(after);
        if (old.isEmpty() || neu.isEmpty()) {
            return List.of();
        }
        List<HolidayChange> out = new ArrayList<>();
        for (LocalDate date : union(old.get().keySet(), neu.get().keySet())) {
            String a = old.get().get(date);
            String b = neu.get().get(date);
            if (!Objects.equals(a, b)) {
                out.add(new HolidayChange(date, change(a, b), b == null ? a : b));
            }
        }
        return out;
    }

    /** Each holiday date of the calendar file with its Korean names; empty if the file is absent or invalid. */
    private static Optional<Map<LocalDate, String>> holidayNames(RuleFile file) {
        if (file == null || !file.isText()) {
            return Optional.empty();
        }
        try {
            HolidayCalendar calendar = HolidayCalendarBuilder.build(HolidayFileReader.parse(file.text()));
            Map<LocalDate, String> names = new TreeMap<>();
            for (int year = calendar.coveredFrom().getYear(); year <= calendar.coveredTo().getYear(); year++) {
                holidaysOf(calendar, year).forEach(h -> names.merge(h.date(), h.name(), (x, y) -> x + " · " + y));
            }
            return Optional.of(names);
        } catch (HolidayFileReader.InvalidHolidayFile | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** The year's holidays; a year only partly covered is read day by day, as holidaysIn wants the whole year. */
    private static List<Holiday> holidaysOf(HolidayCalendar calendar, int year) {
        LocalDate first = LocalDate.of(year, 1, 1);
        LocalDate last = LocalDate.of(year, 12, 31);
        if (calendar.covers(first) && calendar.covers(last)) {
            return calendar.holidaysIn(year);
        }
        return first.datesUntil(last.plusDays(1)).filter(calendar::covers)
                .flatMap(d -> calendar.holidaysOn(d).stream()).toList();
    }
}
