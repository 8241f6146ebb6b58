package kr.policy.checker.web;

import io.quarkus.qute.TemplateData;
import java.util.List;

/**
 * One question of a self-check form: its input name is the contract's field name; its label and help (with the legal
 * source) come from the page texts.
 */
@TemplateData
public record FormField(String name, Kind kind, List<Option> options, String value, String error, String label,
                 String help) {

    public enum Kind { TEXT, NUMBER, DATE, SELECT, CHECKBOX }

    @TemplateData
    public record Option(String value, String label, boolean selected) {
    }

    public boolean isSelect() { return kind == Kind.SELECT; }
    public boolean isCheckbox() { return kind == Kind.CHECKBOX; }
    public boolean checked() { return "true".equals(value) || "on".equals(value); }
    public String inputType() {
        return kind == Kind.DATE ? "date" : "text";
    }
    public String inputMode() { return kind == Kind.NUMBER ? "decimal" : "text"; }
}
