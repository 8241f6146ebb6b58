package kr.policy.checker.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import kr.policy.checker.domain.Question;
import kr.policy.checker.domain.region.Sido;
import kr.policy.checker.engine.Language;
import kr.policy.checker.engine.Messages;

/** A domain's questions as form fields, and the form's answers as the domain's input JSON. */
final class QuestionForm {
    private QuestionForm() {
    }

    /** The fields to show, with the values entered and any error by each; words from the domain's rule folder. */
    static List<FormField> fields(List<Question> questions, Map<String, String> values, Map<String, String> errors,
                                  Messages words, Language language, Map<String, String> texts) {
        return questions.stream().map(q -> new FormField(q.name(), q.kind(),
                options(q, values.get(q.name()), words, language, texts), values.get(q.name()),
                errors.get(q.name()), label(words, language, q.name()),
                orEmpty(words.text(language, "page.help." + q.name())))).toList();
    }

    /** A question's label: its page word, else its field name. */
    static String label(Messages words, Language language, String field) {
        String label = words.text(language, "page.field." + field);
        return label == null ? field : label;
    }

    static List<FormField.Option> options(Question q, String value, Messages words, Language language,
                                          Map<String, String> texts) {
        if (q.choices() == null) {
            return List.of();
        }
        List<FormField.Option> out = new ArrayList<>();
        out.add(new FormField.Option("", texts.get("form.choose"), value == null || value.isEmpty()));
        Arrays.stream(q.choices().getEnumConstants()).forEach(e -> out.add(new FormField.Option(e.name(),
                words.label(language, e), e.name().equals(value))));
        return out;
    }

    /** Form values → the input JSON: blanks left out, numbers as numbers (else as text, for the reader to refuse). */
    static ObjectNode toJson(List<Question> questions, Map<String, String> values, ObjectMapper json) {
        ObjectNode node = json.createObjectNode();
        for (Question q : questions) {
            String v = values.get(q.name());
            if (q.kind() == Question.Kind.YES_NO) {
                if (v != null) {
                    node.put(q.name(), true);
                }
                continue;
            }
            if (v == null || v.isBlank()) {
                continue;
            }
            String text = v.strip();
            if (q.kind() == Question.Kind.NUMBER) {
                try {
                    BigDecimal n = new BigDecimal(text.replace(",", ""));
                    if (n.stripTrailingZeros().scale() <= 0) {
                        node.put(q.name(), n.toBigIntegerExact());
                    } else {
                        node.put(q.name(), n);
                    }
                } catch (NumberFormatException | ArithmeticException notANumber) {
                    node.put(q.name(), text);
                }
            } else {
                node.put(q.name(), text);
            }
        }
        return node;
    }

    /** The 17 시·도 for a region field's suggestions. */
    static List<String> regions() {
        return Arrays.stream(Sido.values()).map(Sido::fullName).toList();
    }

    private static String orEmpty(String text) {
        return text == null ? "" : text;
    }
}
