package kr.policy.checker.web;

import java.util.LinkedHashMap;
import java.util.Map;
import kr.policy.checker.text.Language;
import kr.policy.checker.problem.FieldError;
import kr.policy.checker.problem.ProblemException;
import kr.policy.checker.problem.ServiceMessages;

/** A refusal as the pages show it: each field's message beside the field; a refusal of no field under "_". */
final class FormErrors {
    static final String GENERAL = "_";

    private FormErrors() {
    }

    static Map<String, String> of(ProblemException e, Language language) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (e.errors() != null) {
            for (Object o : e.errors()) {
                if (o instanceof FieldError f) {
                    errors.merge(f.field(), f.message(), (a, b) -> a + " " + b);
                }
            }
        }
        if (errors.isEmpty()) {
            errors.put(GENERAL, ServiceMessages.problem(e, language).detail());
        }
        return errors;
    }
}
