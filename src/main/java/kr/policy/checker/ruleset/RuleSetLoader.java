package kr.policy.checker.ruleset;

import kr.policy.checker.engine.DomainSpec;
import kr.policy.checker.engine.LegalSourceRegister;
import kr.policy.checker.engine.DomainRules;
import kr.policy.checker.engine.RuleFile;
import kr.policy.checker.engine.Horizon;
import kr.policy.checker.engine.RuleError;
import kr.policy.checker.engine.Evaluator;
import kr.policy.checker.engine.RuleMeta;
import kr.policy.checker.engine.RuleSet;
import kr.policy.checker.text.Language;
import kr.policy.checker.text.Messages;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import kr.policy.checker.calendar.HolidayCalendarBuilder;
import kr.policy.checker.calendar.HolidayFileReader;
import kr.policy.checker.calendar.PeriodCalculator;
import org.kie.api.KieBase;
import org.kie.api.definition.KiePackage;

/**
 * Reads the rules directory and builds a {@link RuleSet}: the holiday calendar from calendar/holidays.yaml and,
 * for each domain folder, its DRL files compiled into one KieBase with their metadata checked and their messages.
 * Any problem anywhere fails the whole load with every error found, so a half-good rule set never serves.
 */
public final class RuleSetLoader {
    static final String CALENDAR_FOLDER = "calendar";
    static final String CALENDAR_FILE = "calendar/holidays.yaml";

    private final Map<String, DomainSpec<?, ?>> specs;
    private final CompiledRuleCache cache;

    /**
     * A loader that keeps compiled domains in {@code cache} and loads them from it when their files are unchanged
     * ({@link CompiledRuleCache#none()}: compile on every load).
     */
    public RuleSetLoader(List<? extends DomainSpec<?, ?>> specs, CompiledRuleCache cache) {
        this.cache = cache;
        this.specs = specs.stream().collect(Collectors.toMap(s -> s.name(), s -> (DomainSpec<?, ?>) s, (a, b) -> a, LinkedHashMap::new));
    }

    /** The rule set of the directory as it is now. */
    public RuleSet load(Path dir, Instant loadedAt) throws RuleSetLoadException {
        if (!Files.isDirectory(dir)) {
            throw new RuleSetLoadException(List.of(new RuleError(dir.toString(), null,
                    "rules directory not found (set checker.rules.dir)")));
        }
        try {
            return load(RuleDirectory.read(dir), loadedAt);
        } catch (IOException e) {
            throw new RuleSetLoadException(List.of(new RuleError(dir.toString(), null, "cannot read: " + e.getMessage())));
        }
    }

    /**
     * The rule set of these files, wherever they came from (the directory, the archive, a candidate): the same
     * files always make the same version and the same rules.
     */
    public RuleSet load(List<RuleFile> unsorted, Instant loadedAt) throws RuleSetLoadException {
        List<RuleFile> files = unsorted.stream().sorted(java.util.Comparator.comparing(RuleFile::path)).toList();
        List<RuleError> errors = new ArrayList<>();
        PeriodCalculator periods = calendar(files, errors);
        LegalSourceRegister sources = sources(files, errors);
        Map<String, DomainRules> domains = new TreeMap<>();
        Map<String, List<RuleFile>> byFolder = files.stream()
                .filter(f -> !f.folder().isEmpty() && !f.folder().equals(CALENDAR_FOLDER))
                .collect(Collectors.groupingBy(RuleFile::folder, TreeMap::new, Collectors.toList()));
        byFolder.forEach((folder, folderFiles) -> {
            DomainSpec<?, ?> spec = specs.get(folder);
            if (spec == null) {
                errors.add(new RuleError(folder, null, "not a known domain; folders must be one of " + specs.keySet()
                        + " or " + CALENDAR_FOLDER));
                return;
            }
            DomainRules rules = domain(spec, folderFiles, sources, periods, errors);
            if (rules != null) {
                domains.put(folder, rules);
            }
        });
        specs.keySet().stream().filter(name -> !byFolder.containsKey(name))
                .forEach(name -> errors.add(new RuleError(name, null,
                        "the domain's folder is missing: every domain the service offers needs its rules")));
        if (!errors.isEmpty()) {
            throw new RuleSetLoadException(errors);
        }
        return new RuleSet(RuleDirectory.digest(files), loadedAt, periods, domains, files, sources);
    }

    /**
     * The register of legal sources at the top of the directory; any other file at the top is refused, so that a
     * misplaced rule file is never silently left out.
     */
    private static LegalSourceRegister sources(List<RuleFile> files, List<RuleError> errors) {
        files.stream().filter(f -> f.folder().isEmpty() && !f.path().equals(LegalSourceRegister.FILE)
                        && !f.path().endsWith(".md"))
                .forEach(f -> errors.add(new RuleError(f.path(), null, "not a rule file: at the top of the rules "
                        + "directory only " + LegalSourceRegister.FILE + " (the legal sources) and *.md")));
        RuleFile file = files.stream().filter(f -> f.path().equals(LegalSourceRegister.FILE)).findFirst().orElse(null);
        if (file == null) {
            errors.add(new RuleError(LegalSourceRegister.FILE, null,
                    "the register of legal sources is missing: every rule names its @source there"));
            return null;
        }
        return LegalSourceRegister.parse(file.text(), errors);
    }

    private static PeriodCalculator calendar(List<RuleFile> files, List<RuleError> errors) {
        RuleFile file = files.stream().filter(f -> f.path().equals(CALENDAR_FILE)).findFirst().orElse(null);
        if (file == null) {
            errors.add(new RuleError(CALENDAR_FILE, null, "the holiday calendar file is missing"));
            return null;
        }
        try {
            return new PeriodCalculator(HolidayCalendarBuilder.build(HolidayFileReader.parse(file.text())));
        } catch (HolidayFileReader.InvalidHolidayFile e) {
            errors.add(new RuleError(CALENDAR_FILE, e.line() > 0 ? e.line() : null, e.getMessage()));
            return null;
        }
    }

    private DomainRules domain(DomainSpec<?, ?> spec, List<RuleFile> files, LegalSourceRegister sources,
                               PeriodCalculator periods, List<RuleError> errors) {
        String folder = spec.name();
        List<RuleFile> drls = new ArrayList<>();
        Horizon horizon = null;
        boolean horizonRead = false;
        Map<Language, String> messageTexts = new EnumMap<>(Language.class);
        for (RuleFile f : files) {
            String name = f.fileName();
            if (name.endsWith(".drl")) {
                drls.add(f);
            } else if (name.endsWith(".xlsx")) {
                // a decision table: checked cell by cell, then compiled to DRL with the domain's rule files
                RuleFile drl = CompiledTables.drl(folder, f, spec.caseType().getClassLoader(), errors, cache);
                if (drl != null) {
                    drls.add(drl);
                }
            } else if (name.equals(Horizon.FILE)) {
                horizon = Horizon.parse(f, errors);
                horizonRead = true;
            } else if (name.equals("messages_ko.properties")) {
                messageTexts.put(Language.KO, f.text());
            } else if (name.equals("messages_en.properties")) {
                messageTexts.put(Language.EN, f.text());
            } else if (!name.endsWith(".md")) {
                errors.add(new RuleError(f.path(), null, "not a rule file (*.drl, *.xlsx decision tables, "
                        + "messages_ko.properties, messages_en.properties, " + Horizon.FILE + " or *.md)"));
            }
        }
        if (!horizonRead) {
            errors.add(new RuleError(folder + "/" + Horizon.FILE, null, "missing: say until which legal date the "
                    + "rules were written (encodedUntil) and why (reason)"));
        }
        if (drls.isEmpty()) {
            if (errors.stream().noneMatch(e -> e.file().startsWith(folder + "/"))) {
                errors.add(new RuleError(folder, null, "no .drl file"));
            }
            return null;
        }
        for (Language language : Language.values()) {
            if (!messageTexts.containsKey(language)) {
                errors.add(new RuleError(folder + "/messages_" + language.tag() + ".properties", null, "missing"));
            }
        }
        Messages messages;
        try {
            messages = Messages.parse(messageTexts);
        } catch (IOException | IllegalArgumentException e) {
            errors.add(new RuleError(folder, null, "messages: " + e.getMessage()));
            return null;
        }
        for (String key : spec.messageKeys()) {
            for (Language language : Language.values()) {
                if (!messages.has(language, key)) {
                    errors.add(new RuleError(folder + "/messages_" + language.tag() + ".properties", null,
                            "message \"" + key + "\" is missing (the " + spec.name() + " pages show it)"));
                }
            }
            if (key.startsWith("headline.")) {
                // filled from the answer like a rule's message: its placeholders must name fields
                List<String> problems = new ArrayList<>();
                RuleMetadataReader.checkMessage(spec, key, messages, problems);
                problems.forEach(p -> errors.add(new RuleError(folder, null, p)));
            }
        }
        int before = errors.size();
        KieBase kieBase = DrlCompiler.compile(folder, drls, spec.caseType().getClassLoader(),
                java.util.stream.Stream.of(spec.caseType(), spec.resultType()).map(RuleCodeAllowlist::outermost)
                        .collect(java.util.stream.Collectors.toSet()), errors, cache);
        if (kieBase == null) {
            return null;
        }
        Map<String, RuleMeta> rules = RuleMetadataReader.read(spec, kieBase, drls, messages, sources, errors);
        boolean usesPeriods = kieBase.getKiePackages().stream()
                .map(KiePackage::getGlobalVariables).flatMap(java.util.Collection::stream)
                .anyMatch(g -> g.getName().equals(Evaluator.PERIODS_GLOBAL));
        if (usesPeriods && horizon != null && periods != null
                && horizon.encodedUntil().isAfter(periods.calendar().coveredTo())) {
            // a period that starts on the horizon must still be counted on known holidays
            errors.add(new RuleError(folder + "/" + Horizon.FILE, null, "encodedUntil " + horizon.encodedUntil()
                    + " lies after the end of the holiday calendar (" + periods.calendar().coveredTo()
                    + "), and these rules count days"));
        }
        if (errors.size() > before || horizon == null || sources == null) {
            return null;
        }
        return new DomainRules(spec, kieBase, rules, messages, usesPeriods, horizon, sources);
    }
}
