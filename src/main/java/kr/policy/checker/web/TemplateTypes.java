package kr.policy.checker.web;

import io.quarkus.qute.TemplateData;
import kr.policy.checker.calendar.Period;
import kr.policy.checker.calendar.SkippedDay;
import kr.policy.checker.engine.ExplanationEntry;
import kr.policy.checker.engine.Hint;

/** Engine types the templates read; value resolvers are generated for them at build time (no reflection). */
@TemplateData(target = ExplanationEntry.class)
@TemplateData(target = Hint.class)
@TemplateData(target = Period.class)
@TemplateData(target = SkippedDay.class)
@TemplateData(target = kr.policy.checker.register.RegisteredCase.class)
@TemplateData(target = kr.policy.checker.register.CaseEvent.class)
@TemplateData(target = kr.policy.checker.judging.EvaluationResponse.class)
final class TemplateTypes {
    private TemplateTypes() {
    }
}
