package kr.policy.checker.engine;

import kr.policy.checker.text.Language;
import kr.policy.checker.text.MessageTemplate;
import kr.policy.checker.text.KoreanWon;
import kr.policy.checker.text.Aspect;
import kr.policy.checker.text.Grouping;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The outcome of running one case through a domain's rules: the filled result, the rules that fired (in order),
 * any validation rule that refused the case, the missing facts and failed criteria the rules recorded, and the periods
 * its rules counted (with the days each passed over). Language-neutral; {@link #explain} renders it for a reader.
 */
public record Evaluation(DomainRules rules, String ruleSetVersion, CaseContext context, Object input,
                         CaseResult result, List<RuleMeta> fired, List<Violation> violations,
                         List<String> missingFacts, List<String> failedCriteria,
                         List<kr.policy.checker.calendar.Period> periods) {

    public boolean refused() {
        return !violations.isEmpty();
    }

    public String domain() {
        return rules.domain();
    }

    public LocalDate asOf() {
        return context.asOf();
    }

    /**
     * One entry per contributing rule, in firing order, with its message in the reader's language; and the legal
     * sources those rules rest on, each once, in the order they first fired (collected in the same walk).
     */
    public Explanation explain(Language language) {
        Function<String, String> values = values(language);
        Function<String, String> citations = null;
        List<ExplanationEntry> out = new ArrayList<>(fired.size());
        List<LegalSource> sources = new ArrayList<>(4);
        for (RuleMeta rule : fired) {
            String basis = rule.legalBasis();
            String source = rule.source();
            if (rule.basisTemplate() != null || rule.sourceTemplate() != null) {
                // a citation, and the id of its source, are Korean whatever the reader's language
                citations = citations != null ? citations : language == Language.KO ? values : values(Language.KO);
                basis = rule.basisTemplate() == null ? basis : rule.basisTemplate().render(citations);
                source = rule.sourceTemplate() == null ? source : rule.sourceTemplate().render(citations);
            }
            LegalSource legal = rules.sources().get(source);
            if (legal != null && sources.stream().noneMatch(s -> s.id().equals(legal.id()))) {
                // the version in force on the case's legal date (contract §13.4)
                sources.add(legal.inForceOn(context.legalDate()));
            }
            out.add(new ExplanationEntry(rule.name(), basis, source,
                    rules.messages().render(language, rule.messageKey(), values)));
        }
        return new Explanation(out, sources);
    }

    /** What would change the outcome: one entry per fired rule that carries a hint, in firing order. */
    public List<Hint> hints(Language language) {
        Function<String, String> values = null;
        List<Hint> out = new ArrayList<>(2);
        for (RuleMeta rule : fired) {
            if (rule.hintKey() != null) {
                values = values == null ? values(language) : values;
                out.add(new Hint(rule.field(), rules.messages().render(language, rule.hintKey(), values)));
            }
        }
        return out;
    }

    /**
     * The answer in one line, for a list of programmes (contract §11): the domain's message {@code headline.<OUTCOME>}
     * with its placeholders filled, or null when the domain has none for this outcome or a value it names is unknown.
     */
    public String headline(Language language) {
        Enum<?> outcome = result.getOutcome();
        MessageTemplate t = outcome == null ? null : rules.messages().template(language, "headline." + outcome.name());
        if (t == null) {
            return null;
        }
        for (String name : t.placeholders()) {
            Aspect aspect = Aspect.of(name);
            if (value(aspect == null ? name : aspect.field()) == null) {
                return null;
            }
        }
        return t.render(values(language));
    }

    /** What a refusing rule says about the field it names. */
    public String message(Violation violation, Language language) {
        return rules.messages().render(language, violation.rule().messageKey(), values(language));
    }

    /**
     * Placeholder values: the result's fields first, then the case's, then asOf and legalDate; {@code {field:aspect}}
     * is that aspect of the field's value, as the domain's messages word it.
     */
    private Function<String, String> values(Language language) {
        return name -> {
            Aspect aspect = Aspect.of(name);
            if (aspect != null) {
                Object v = value(aspect.field());
                String worded = v instanceof Enum<?> e ? rules.messages().aspect(language, e, aspect.aspect()) : null;
                return worded == null ? "-" : worded;
            }
            return format(name, value(name), language);
        };
    }

    private Object value(String name) {
        Object v = read(result, name);
        if (v == null) {
            v = read(input, name);
        }
        if (v == null) {
            v = read(context, name);
        }
        return v;
    }

    private static Object read(Object fact, String name) {
        return FactProperties.of(fact.getClass()).read(fact, name);
    }

    /** Dates as ISO, enum values by their label, won amounts (fields ending in Krw) as Koreans write them. */
    private String format(String name, Object value, Language language) {
        if (value == null) {
            return "-";
        }
        if (value instanceof Enum<?> e) {
            return rules.messages().label(language, e);
        }
        if (value instanceof Long || value instanceof Integer) {
            long n = ((Number) value).longValue();
            if (name.endsWith("Year")) {
                return Long.toString(n);
            }
            if (name.endsWith("Krw")) {
                return language == Language.KO ? KoreanWon.format(n) : "KRW " + Grouping.of(n);
            }
            return Grouping.of(n);
        }
        if (value instanceof Double || value instanceof BigDecimal) {
            BigDecimal d = value instanceof BigDecimal b ? b : BigDecimal.valueOf((Double) value);
            return Grouping.of(d.stripTrailingZeros());
        }
        return value.toString();
    }
}
