package kr.policy.checker.ruleset;

import kr.policy.checker.engine.FactProperties;
import kr.policy.checker.engine.DomainSpec;
import kr.policy.checker.engine.CaseContext;
import kr.policy.checker.engine.LegalSourceRegister;
import kr.policy.checker.engine.Refusal;
import kr.policy.checker.engine.RuleFile;
import kr.policy.checker.engine.RuleError;
import kr.policy.checker.engine.RuleMeta;
import kr.policy.checker.text.Language;
import kr.policy.checker.text.Messages;
import kr.policy.checker.text.MessageTemplate;
import kr.policy.checker.text.Aspect;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.kie.api.KieBase;
import org.kie.api.definition.rule.Rule;

/**
 * Reads and checks each rule's metadata once at load time: a legal basis, a message present in every language whose
 * placeholders name real fields, well-formed validity dates, and for validation rules the refusal and its field.
 */
final class RuleMetadataReader {
    static final Set<String> KEYS = Set.of("legalBasis", "source", "validFrom", "validTo", "message", "hint", "refuse", "field");
    private static final Pattern RULE_HEADER = Pattern.compile("^\\s*rule\\s+(?:\"((?:[^\"\\\\]|\\\\.)*)\"|'([^']*)'|(\\S+))");

    /** Where a rule is: a DRL file and line, or a decision table and the cell of its row (line 0). */
    private record Location(String file, int line, String cell) {
        String where() {
            return cell != null ? cell : file + ":" + line;
        }
    }

    private RuleMetadataReader() {
    }

    static Map<String, RuleMeta> read(DomainSpec<?, ?> spec, KieBase kieBase, List<RuleFile> drls, Messages messages,
                                      LegalSourceRegister sources, List<RuleError> errors) {
        Map<String, Location> locations = locate(drls, errors);
        List<RuleMeta> found = new ArrayList<>();
        kieBase.getKiePackages().forEach(pkg -> pkg.getRules().forEach(rule -> {
            Location at = locations.getOrDefault(rule.getName(), new Location(spec.name(), 0, null));
            RuleMeta meta = meta(spec, rule, at, messages, sources, errors);
            if (meta != null) {
                found.add(meta);
            }
        }));
        found.sort(Comparator.comparing(RuleMeta::file).thenComparing(m -> m.line() == null ? 0 : m.line()));
        Map<String, RuleMeta> byName = new LinkedHashMap<>();
        found.forEach(m -> byName.put(m.name(), m));
        return byName;
    }

    private static RuleMeta meta(DomainSpec<?, ?> spec, Rule rule, Location at, Messages messages,
                                 LegalSourceRegister sources, List<RuleError> errors) {
        Map<String, Object> md = rule.getMetaData();
        List<String> problems = new ArrayList<>();
        md.keySet().stream().filter(k -> !KEYS.contains(k))
                .forEach(k -> problems.add("unknown metadata @" + k + " (allowed: " + KEYS + ")"));
        String legalBasis = text(md, "legalBasis");
        MessageTemplate basisTemplate = null;
        if (legalBasis == null) {
            problems.add("@legalBasis is required: name the law and article");
        } else {
            basisTemplate = new MessageTemplate(legalBasis);
            // a citation is Korean whatever the reader's language: its placeholders are checked in Korean
            checkPlaceholders(spec, "@legalBasis", basisTemplate, Language.KO, messages, problems);
            basisTemplate = basisTemplate.hasPlaceholders() ? basisTemplate : null;
        }
        String source = text(md, "source");
        MessageTemplate sourceTemplate = null;
        List<String> sourceChoices = List.of();
        if (source == null) {
            problems.add("@source is required: the id of its law's entry in " + LegalSourceRegister.FILE);
        } else {
            sourceTemplate = new MessageTemplate(source);
            sourceChoices = sourceChoices(spec, source, sourceTemplate, messages, sources, problems);
            sourceTemplate = sourceTemplate.hasPlaceholders() ? sourceTemplate : null;
        }
        String message = text(md, "message");
        if (message == null) {
            problems.add("@message is required: a key of messages_ko/en.properties");
        } else {
            checkMessage(spec, message, messages, problems);
        }
        String hint = text(md, "hint");
        if (hint != null) {
            checkMessage(spec, hint, messages, problems);
        }
        LocalDate validFrom = date(md, "validFrom", problems);
        LocalDate validTo = date(md, "validTo", problems);
        if (validFrom != null && validTo != null && validTo.isBefore(validFrom)) {
            problems.add("@validTo is before @validFrom");
        }
        Refusal refusal = null;
        String field = text(md, "field");
        String refuse = text(md, "refuse");
        if (refuse != null) {
            try {
                refusal = Refusal.valueOf(refuse.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                problems.add("@refuse must be \"range\" or \"contradiction\"");
            }
            if (hint != null) {
                problems.add("a validation rule (@refuse) takes no @hint: its message says what is wrong");
            }
        }
        if ((refuse != null || hint != null) && (field == null || !FactProperties.of(spec.caseType()).has(field))) {
            problems.add("@field must name an input field of " + spec.name() + " (got " + field + ")");
        } else if (refuse == null && hint == null && field != null) {
            problems.add("@field belongs to validation rules (@refuse) and hint rules (@hint)");
        }
        Integer line = at.line() > 0 ? at.line() : null;
        if (!problems.isEmpty()) {
            String prefix = at.cell() == null ? "" : at.cell() + ": ";
            problems.forEach(p -> errors.add(new RuleError(at.file(), line,
                    prefix + "rule \"" + rule.getName() + "\": " + p)));
            return null;
        }
        return new RuleMeta(rule.getName(), legalBasis, validFrom, validTo, message, hint, refusal, field, at.file(),
                line, at.cell(), basisTemplate, source, sourceTemplate, sourceChoices);
    }

    /**
     * The register ids a rule's {@code @source} can name: itself, or for {@code {field:aspect}} the aspect of every
     * value of that choice (as the Korean messages word it). Each must be in the register.
     */
    private static List<String> sourceChoices(DomainSpec<?, ?> spec, String source, MessageTemplate template,
                                              Messages messages, LegalSourceRegister sources, List<String> problems) {
        List<String> ids = new ArrayList<>();
        if (!template.hasPlaceholders()) {
            ids.add(source);
        } else if (template.placeholders().size() != 1 || !source.equals("{" + template.placeholders().get(0) + "}")
                || Aspect.of(template.placeholders().get(0)) == null) {
            problems.add("@source is one id of " + LegalSourceRegister.FILE + ", or one choice's aspect such as "
                    + "{channel:source} (got " + source + ")");
            return List.of();
        } else {
            int before = problems.size();
            checkPlaceholders(spec, "@source", template, Language.KO, messages, problems);
            if (problems.size() > before) {
                return List.of();
            }
            Aspect aspect = Aspect.of(template.placeholders().get(0));
            Class<?> type = fieldType(spec, aspect.field());
            for (Object value : type.getEnumConstants()) {
                String id = messages.text(Language.KO, aspect.key(type, ((Enum<?>) value).name())).strip();
                if (!ids.contains(id)) {
                    ids.add(id);
                }
            }
        }
        if (sources != null) {
            ids.stream().filter(id -> !sources.has(id)).forEach(id -> problems.add("@source names " + id
                    + ", which is not in " + LegalSourceRegister.FILE + " (add the law there first)"));
        }
        return List.copyOf(ids);
    }

    static void checkMessage(DomainSpec<?, ?> spec, String key, Messages messages, List<String> problems) {
        for (Language language : Language.values()) {
            MessageTemplate t = messages.template(language, key);
            if (t == null) {
                problems.add("message \"" + key + "\" is missing from messages_" + language.tag() + ".properties");
                continue;
            }
            checkPlaceholders(spec, "message \"" + key + "\" (" + language.tag() + ")", t, language, messages,
                    problems);
        }
    }

    /**
     * Each placeholder names a field of the result, the case or the context; one that names an aspect
     * ({@code {channel:basis}}) names an enum field whose every value has that aspect worded in {@code language}.
     */
    private static void checkPlaceholders(DomainSpec<?, ?> spec, String where, MessageTemplate t, Language language,
                                          Messages messages, List<String> problems) {
        for (String name : t.placeholders()) {
            Aspect aspect = Aspect.of(name);
            String field = aspect == null ? name : aspect.field();
            Class<?> type = fieldType(spec, field);
            if (type == null) {
                problems.add(where + " names {" + name + "}, which is no field of the case, the result or the context");
            } else if (aspect != null && !type.isEnum()) {
                problems.add(where + " names {" + name + "}, but " + field + " is not a choice (an enum)");
            } else if (aspect != null) {
                for (Object value : type.getEnumConstants()) {
                    String key = aspect.key(type, ((Enum<?>) value).name());
                    if (!messages.has(language, key)) {
                        problems.add(where + " names {" + name + "}, but \"" + key + "\" is missing from messages_"
                                + language.tag() + ".properties");
                    }
                }
            }
        }
    }

    /** The type of a field of the result, the case or the context (in that order), or null. */
    private static Class<?> fieldType(DomainSpec<?, ?> spec, String field) {
        for (Class<?> fact : List.of(spec.resultType(), spec.caseType(), CaseContext.class)) {
            if (FactProperties.of(fact).has(field)) {
                return FactProperties.of(fact).type(field);
            }
        }
        return null;
    }

    /**
     * Each rule's place: its line in a DRL file; in a decision table's generated DRL, the cell of its row (Drools
     * writes "// rule values at A9" above each rule it generates).
     */
    private static Map<String, Location> locate(List<RuleFile> drls, List<RuleError> errors) {
        Map<String, Location> out = new HashMap<>();
        for (RuleFile f : drls) {
            boolean table = !f.path().endsWith(".drl");
            String[] lines = f.text().split("\n", -1);
            String cell = null;
            for (int i = 0; i < lines.length; i++) {
                Matcher values = CompiledTables.RULE_CELL.matcher(lines[i]);
                if (table && values.find()) {
                    cell = f.fileName() + "!" + values.group(1);
                }
                Matcher m = RULE_HEADER.matcher(lines[i]);
                if (m.find()) {
                    String name = m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2) : m.group(3);
                    Location here = table ? new Location(f.path(), 0, cell) : new Location(f.path(), i + 1, null);
                    Location previous = out.put(name, here);
                    if (previous != null) {
                        errors.add(new RuleError(f.path(), here.line() > 0 ? here.line() : null, (table ? cell + ": " : "")
                                + "rule \"" + name + "\" is also declared at " + previous.where()
                                + "; rule names must be unique in a domain"));
                    }
                }
            }
        }
        return out;
    }

    private static String text(Map<String, Object> md, String key) {
        Object v = md.get(key);
        if (v == null) {
            return null;
        }
        String s = v.toString().strip();
        return s.isEmpty() ? null : s;
    }

    private static LocalDate date(Map<String, Object> md, String key, List<String> problems) {
        String s = text(md, key);
        if (s == null) {
            return null;
        }
        try {
            return LocalDate.parse(s);
        } catch (DateTimeParseException e) {
            problems.add("@" + key + " must be a date like 2024-08-30 (got " + s + ")");
            return null;
        }
    }
}
