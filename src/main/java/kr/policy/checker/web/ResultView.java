package kr.policy.checker.web;

import io.quarkus.qute.TemplateData;
import java.util.List;
import kr.policy.checker.engine.ExplanationEntry;
import kr.policy.checker.engine.Hint;
import kr.policy.checker.judging.SourceReference;

/**
 * What a self-check answer shows a firm: the outcome, amounts in Korean units, reasons, the legal sources they rest on
 * ("법령 기준"), next questions, hints.
 */
@TemplateData
public record ResultView(String outcome, String outcomeLabel, List<Amount> amounts, List<ExplanationEntry> reasons,
                         List<SourceReference> sources, List<String> questions, List<Hint> hints,
                         String ruleSetVersion) {

    @TemplateData
    public record Amount(String label, String display) {
    }

    public boolean eligible() {
        return "ELIGIBLE".equals(outcome);
    }
}
