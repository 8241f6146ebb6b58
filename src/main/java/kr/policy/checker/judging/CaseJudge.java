package kr.policy.checker.judging;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import kr.policy.checker.app.RuleEngine;
import kr.policy.checker.calendar.HolidayCalendar;
import kr.policy.checker.calendar.OutsideCalendarException;
import kr.policy.checker.engine.DomainRules;
import kr.policy.checker.engine.DomainSpec;
import kr.policy.checker.engine.Evaluation;
import kr.policy.checker.engine.Explanation;
import kr.policy.checker.engine.Horizon;
import kr.policy.checker.text.Language;
import kr.policy.checker.engine.Refusal;
import kr.policy.checker.engine.RuleSet;
import kr.policy.checker.engine.Violation;
import kr.policy.checker.problem.FieldError;
import kr.policy.checker.problem.ProblemException;
import kr.policy.checker.problem.ProblemType;
import kr.policy.checker.problem.ServiceMessages;

/**
 * Judges one case on one rule-set snapshot: the case object read into its domain's input and validated, its dated
 * facts checked against the calendar and asOf, the rules run, and the outcome shaped into an answer in the caller's
 * language. Every refusal is a {@link ProblemException} naming the fields. Nothing is stored here.
 */
@ApplicationScoped
public class CaseJudge {
    private final RuleEngine engine;
    private final CaseReader reader;

    @Inject
    public CaseJudge(RuleEngine engine, CaseReader reader) {
        this.engine = engine;
        this.reader = reader;
    }

    /** The rule set in service: one snapshot, so that a reload cannot change it in the middle of a request. */
    public RuleSet current() {
        return engine.current();
    }

    /**
     * The day a case or a request is judged on: the day it names, else today in Asia/Seoul from the application's one
     * clock. The one place that default is decided.
     */
    public LocalDate dayOf(LocalDate named) {
        return named != null ? named : engine.today();
    }

    /** The domain's rules in {@code set}; an unknown domain is a 404 listing the known ones. */
    public DomainRules domain(RuleSet set, String domain) {
        return set.domain(domain).orElseThrow(() -> ProblemException.of(ProblemType.UNKNOWN_DOMAIN,
                "detail.unknownDomain", domain,
                String.join(", ", set.domains().stream().map(DomainRules::domain).toList())));
    }

    /**
     * A stored case's facts judged on {@code asOf} (today when null) by the rule set in service; refusals and
     * contradictions throw, as for any evaluation.
     */
    public EvaluationResponse judgeFacts(String domain, JsonNode facts, LocalDate asOf, Language language) {
        return judgeFacts(engine.current(), domain, facts, asOf, language);
    }

    /**
     * A stored case's facts judged on {@code asOf} (today when null): as {@link #judgeFacts}, except that facts the
     * service no longer reads (stored before its input rules became strict) are not the caller's fault, so they are
     * a 409 naming the stored fields instead of a 400.
     */
    public EvaluationResponse judgeStored(String domain, JsonNode facts, LocalDate asOf, Language language) {
        RuleSet set = engine.current();
        DomainRules rules = domain(set, domain);
        return judgeInput(set, rules, rules.spec(), readStored(rules, facts, language), asOf, language);
    }

    /** Checks that a stored case's facts still read as their domain's input; 409 naming the fields when not. */
    public void checkStored(String domain, JsonNode facts, Language language) {
        readStored(domain(engine.current(), domain), facts, language);
    }

    private Object readStored(DomainRules rules, JsonNode facts, Language language) {
        try {
            return reader.read(facts, rules.spec().caseType(), language);
        } catch (ProblemException e) {
            if (e.type() != ProblemType.INVALID_INPUT && e.type() != ProblemType.MALFORMED_JSON) {
                throw e;
            }
            throw new ProblemException(ProblemType.STORED_CASE_UNREADABLE, e.errors(), "detail.storedUnreadable");
        }
    }

    /** As {@link #judgeFacts(String, JsonNode, LocalDate, Language)}, on another rule set (archived, candidate). */
    public EvaluationResponse judgeFacts(RuleSet set, String domain, JsonNode facts, LocalDate asOf,
                                         Language language) {
        return judge(set, domain(set, domain), facts, asOf, language);
    }

    /** One case object judged on {@code set}, on the asOf it names (else today). */
    public EvaluationResponse judge(RuleSet set, DomainRules rules, JsonNode node, Language language) {
        return judge(set, rules, node, null, language);
    }

    /** As above, on {@code asOf} when given (a stored case's or evaluation's day) instead of the one it names. */
    private EvaluationResponse judge(RuleSet set, DomainRules rules, JsonNode node, LocalDate asOf,
                                     Language language) {
        DomainSpec<?, ?> spec = rules.spec();
        return judgeInput(set, rules, spec, reader.read(node, spec.caseType(), language), asOf, language);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private EvaluationResponse judgeInput(RuleSet set, DomainRules rules, DomainSpec spec, Object input,
                                          LocalDate givenAsOf, Language language) {
        LocalDate asOf = dayOf(givenAsOf != null ? givenAsOf : spec.asOf(input));
        checkDates(spec.datedFacts(input), asOf, set.calendar(), language);
        checkHorizon(rules, spec.legalDateField(input), spec.legalDate(input, asOf), language);
        Evaluation evaluation;
        try {
            evaluation = engine.evaluator().evaluate(set, rules, input, asOf);
        } catch (OutsideCalendarException e) {
            throw ProblemException.of(ProblemType.OUTSIDE_CALENDAR, "detail.outsideCalendar",
                    e.date().toString(), e.coveredFrom().toString(), e.coveredTo().toString());
        }
        if (evaluation.refused()) {
            throw refusal(evaluation, language);
        }
        Enum<?> outcome = evaluation.result().getOutcome();
        if (outcome == null) {
            throw ProblemException.of(ProblemType.NO_DECISION, "detail.noDecision", rules.domain(),
                    evaluation.context().legalDate().toString());
        }
        Explanation explanation = evaluation.explain(language);
        return new EvaluationResponse(null, rules.domain(), evaluation.asOf(), evaluation.context().legalDate(),
                evaluation.ruleSetVersion(), outcome.name(), evaluation.headline(language), evaluation.result(),
                explanation.entries(), explanation.sources().stream().map(SourceReference::of).toList(),
                evaluation.missingFacts(), evaluation.hints(language), evaluation.periods());
    }

    /**
     * A case judged on a date after the domain's horizon would be answered on law nobody has checked: refused, naming
     * the field the legal date came from (contract §13.5).
     */
    private static void checkHorizon(DomainRules rules, String field, LocalDate legalDate, Language language) {
        Horizon horizon = rules.horizon();
        if (legalDate != null && legalDate.isAfter(horizon.encodedUntil())) {
            String until = horizon.encodedUntil().toString();
            throw new ProblemException(ProblemType.BEYOND_ENCODED_LAW,
                    List.of(new FieldError(field, ServiceMessages.get(language, "field.beyondEncodedLaw", until))),
                    "detail.beyondEncodedLaw", legalDate.toString(), until, rules.domain(), horizon.reason(language));
        }
    }

    /** Every dated fact must lie inside the calendar (400) and not after asOf (422). */
    private static void checkDates(Map<String, LocalDate> dates, LocalDate asOf, HolidayCalendar calendar,
                                   Language language) {
        List<FieldError> outside = new ArrayList<>();
        List<FieldError> future = new ArrayList<>();
        dates.forEach((field, date) -> {
            if (date == null) {
                return;
            }
            if (!calendar.covers(date)) {
                outside.add(new FieldError(field, ServiceMessages.get(language, "field.outsideCalendar",
                        calendar.coveredFrom().toString(), calendar.coveredTo().toString())));
            } else if (date.isAfter(asOf)) {
                future.add(new FieldError(field, ServiceMessages.get(language, "field.afterAsOf", asOf.toString())));
            }
        });
        if (!outside.isEmpty()) {
            throw ProblemException.fields(ProblemType.INVALID_INPUT, outside);
        }
        if (!future.isEmpty()) {
            throw ProblemException.fields(ProblemType.CONTRADICTORY_INPUT, future);
        }
    }

    /** A value out of its legal range makes a 400; otherwise the refusal is a contradiction (422). */
    private static ProblemException refusal(Evaluation evaluation, Language language) {
        boolean range = evaluation.violations().stream().anyMatch(v -> v.rule().refusal() == Refusal.RANGE);
        List<FieldError> errors = new ArrayList<>();
        for (Violation v : evaluation.violations()) {
            errors.add(new FieldError(v.field(), evaluation.message(v, language)));
        }
        return ProblemException.fields(range ? ProblemType.INVALID_INPUT : ProblemType.CONTRADICTORY_INPUT, errors);
    }
}
