package kr.policy.checker.engine;

import kr.policy.checker.calendar.PeriodCalculator;

import java.time.LocalDate;
import java.util.Map;
import kr.policy.checker.calendar.OutsideCalendarException;
import org.kie.api.runtime.KieSession;

/** Runs one case through one domain's compiled rules. Stateless and thread-safe; nothing is compiled here. */
public final class Evaluator {
    public static final String PERIODS_GLOBAL = "periods";

    /**
     * @param asOf the day the case is judged on, as the caller decided it (the case's own, a stored one, or today)
     * @throws OutsideCalendarException when a rule needs a day the holiday calendar does not cover
     */
    @SuppressWarnings({"unchecked", "rawtypes"})
    public Evaluation evaluate(RuleSet ruleSet, DomainRules rules, Object input, LocalDate asOf) {
        DomainSpec spec = rules.spec();
        CaseContext context = new CaseContext(asOf, spec.legalDate(input, asOf));
        CaseResult result = spec.newResult(input);
        Map<String, RuleMeta> meta = rules.ruleMap();
        FiredRuleRecorder recorder = new FiredRuleRecorder(meta);
        KieSession session = rules.newSession();
        // this evaluation's own calculator: it remembers the periods counted (which a holiday moved, from when)
        PeriodCalculator periods = rules.usesPeriods() ? ruleSet.periods().recording() : ruleSet.periods();
        try {
            if (rules.usesPeriods()) {
                session.setGlobal(PERIODS_GLOBAL, periods);
            }
            session.addEventListener(recorder);
            session.addEventListener(recorder.insertions);
            session.insert(input);
            session.insert(result);
            session.insert(context);
            LocalDate legalDate = context.legalDate();
            session.fireAllRules(match -> meta.get(match.getRule().getName()).inForceOn(legalDate));
        } catch (RuntimeException e) {
            // refusals fire first (highest salience); if a later rule then fails on the refused input, the refusal
            // is the answer, not the failure
            if (recorder.violations().isEmpty()) {
                throw unwrapCalendarError(e);
            }
        } finally {
            // a pooled session keeps its listeners across reuse: this case's recorder must not hear the next case
            session.removeEventListener(recorder);
            session.removeEventListener(recorder.insertions);
            session.dispose();
        }
        return new Evaluation(rules, ruleSet.version(), context, input, result, recorder.fired(), recorder.violations(),
                recorder.missingFacts(), recorder.failedCriteria(), periods.counted());
    }

    /** Drools wraps exceptions thrown in a consequence; a calendar refusal is the caller's to report. */
    private static RuntimeException unwrapCalendarError(RuntimeException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof OutsideCalendarException outside) {
                return outside;
            }
        }
        return e;
    }
}
