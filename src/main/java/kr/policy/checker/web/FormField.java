package kr.policy.checker.web;

import io.quarkus.qute.TemplateData;
import java.util.List;
import kr.policy.checker.domain.Question;

/**
 * One question of a form: its input name is the contract's field name; its label and help (with the legal source)
 * are page words of the domain.
 */
@TemplateData
public record FormField(String name, Question.Kind kind, List<Option> options, String value, String error,
                        String label, String help, List<Part> parts) {

    @TemplateData
    public record Option(String value, String label, boolean selected) {
    }

    /** One input of an amounts question: the amount for one choice (input name {@code <field>.<CHOICE>}). */
    @TemplateData
    public record Part(String name, String label, String value) {
    }

    public boolean isSelect() { return kind == Question.Kind.CHOICE; }
    public boolean isCheckbox() { return kind == Question.Kind.YES_NO; }
    public boolean isRegion() { return kind == Question.Kind.REGION; }
    public boolean isAmounts() { return kind == Question.Kind.AMOUNTS; }
    /** Whether the person has answered it: a value, a ticked box or any amount. */
    public boolean answered() {
        return isAmounts() ? parts.stream().anyMatch(p -> p.value() != null && !p.value().isBlank())
                : value != null && !value.isBlank();
    }
    public boolean checked() { return "true".equals(value) || "on".equals(value); }
    public String inputType() {
        return kind == Question.Kind.DATE ? "date" : "text";
    }
    public String inputMode() { return kind == Question.Kind.NUMBER ? "decimal" : "text"; }
}
