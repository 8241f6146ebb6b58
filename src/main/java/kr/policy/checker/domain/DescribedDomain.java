package kr.policy.checker.domain;

import java.time.LocalDate;
import java.util.Map;
import java.util.function.Function;
import kr.policy.checker.engine.CaseResult;

/**
 * A domain built from its description: name, case and result types, outcome values, how a result starts, where its
 * asOf and its legal date come from. What differs from domain to domain (examples, questions, dated facts, the
 * incentive flags) is all a subclass writes.
 */
public abstract class DescribedDomain<C, R extends CaseResult> implements Domain<C, R> {
    private final String name;
    private final Class<C> caseType;
    private final Class<R> resultType;
    private final Class<? extends Enum<?>> outcomeType;
    private final Function<C, R> newResult;
    private final Function<C, LocalDate> asOf;
    private final LegalDate<C> legalDate;

    /**
     * The input field whose date decides which rules apply, and whether a case without it is judged on the rules in
     * force on its asOf (else the field is required by the case type's validation).
     */
    public record LegalDate<C>(String field, Function<C, LocalDate> date, boolean elseAsOf) {
        /** The field's date, or asOf when the case has none. */
        public static <C> LegalDate<C> orAsOf(String field, Function<C, LocalDate> date) {
            return new LegalDate<>(field, date, true);
        }

        /** Always the field's date (a required field). */
        public static <C> LegalDate<C> always(String field, Function<C, LocalDate> date) {
            return new LegalDate<>(field, date, false);
        }
    }

    protected DescribedDomain(String name, Class<C> caseType, Class<R> resultType,
                              Class<? extends Enum<?>> outcomeType, Function<C, R> newResult,
                              Function<C, LocalDate> asOf, LegalDate<C> legalDate) {
        this.name = name;
        this.caseType = caseType;
        this.resultType = resultType;
        this.outcomeType = outcomeType;
        this.newResult = newResult;
        this.asOf = asOf;
        this.legalDate = legalDate;
    }

    @Override
    public final String name() {
        return name;
    }

    @Override
    public final Class<C> caseType() {
        return caseType;
    }

    @Override
    public final Class<R> resultType() {
        return resultType;
    }

    @Override
    public final Class<? extends Enum<?>> outcomeType() {
        return outcomeType;
    }

    @Override
    public final R newResult(C input) {
        return newResult.apply(input);
    }

    @Override
    public final LocalDate asOf(C input) {
        return asOf.apply(input);
    }

    @Override
    public final LocalDate legalDate(C input, LocalDate asOf) {
        LocalDate date = legalDate.date().apply(input);
        return date == null && legalDate.elseAsOf() ? asOf : date;
    }

    @Override
    public final String legalDateField(C input) {
        return legalDate.elseAsOf() && legalDate.date().apply(input) == null ? "asOf" : legalDate.field();
    }

    /** None unless the domain counts days: a date that may lie ahead of asOf is a question of what would apply. */
    @Override
    public Map<String, LocalDate> datedFacts(C input) {
        return Map.of();
    }
}
