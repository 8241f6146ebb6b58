package kr.policy.checker.engine;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The outcome of running one case through a domain's rules: the filled result, the rules that fired (in order)
 * and any validation rule that refused the case. Language-neutral; {@link #explain} renders it for a reader.
 */
public record Evaluation(DomainRules rules, String ruleSetVersion, CaseContext context, Object input,
                         CaseResult result, List<RuleMeta> fired, List<Violation> violations) {

    public boolean refused() {
        return !violations.isEmpty();
    }

    public String domain() {
        return rules.domain();
    }

    public LocalDate asOf() {
        return context.asOf();
    }

    /** One entry per contributing rule, in firing order, with its message in the reader's language. */
    public List<ExplanationEntry> explain(Language language) {
        Function<String, String> values = values(language);
        List<ExplanationEntry> out = new ArrayList<>(fired.size());
        for (RuleMeta rule : fired) {
            out.add(new ExplanationEntry(rule.name(), rule.legalBasis(),
                    rules.messages().render(language, rule.messageKey(), values)));
        }
        return out;
    }

    /** What a refusing rule says about the field it names. */
    public String message(Violation violation, Language language) {
        return rules.messages().render(language, violation.rule().messageKey(), values(language));
    }

    /** Placeholder values: the result's fields first, then the case's, then asOf and legalDate. */
    private Function<String, String> values(Language language) {
        return name -> {
            Object v = read(result, name);
            if (v == null) {
                v = read(input, name);
            }
            if (v == null) {
                v = read(context, name);
            }
            return format(v, language);
        };
    }

    private static Object read(Object fact, String name) {
        return FactProperties.of(fact.getClass()).read(fact, name);
    }

    private String format(Object value, Language language) {
        if (value == null) {
            return "-";
        }
        if (value instanceof Enum<?> e) {
            return rules.messages().label(language, e);
        }
        if (value instanceof Integer || value instanceof Long) {
            return String.format("%,d", ((Number) value).longValue());
        }
        return value.toString();
    }
}
