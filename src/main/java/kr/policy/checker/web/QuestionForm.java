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
import kr.policy.checker.text.Language;
import kr.policy.checker.text.Messages;

/** A domain's questions as form fields, and the form's answers as the domain's input JSON. */
final class QuestionForm {
    private QuestionForm() {
    }

    /** The fields to show, with the values entered and any error by each; words from the domain's rule folder. */
    static List<FormField> fields(List<Question> questions, Map<String, String> values, Map<String, String> errors,
                                  Messages words, Language language, Map<String, String> texts) {
        return questions.stream().map(q -> field(q, values, errors, words, language, texts)).toList();
    }

    /** One question as a form field. */
    static FormField field(Question q, Map<String, String> values, Map<String, String> errors, Messages words,
                           Language language, Map<String, String> texts) {
        return new FormField(q.name(), q.kind(), options(q, values.get(q.name()), words, language, texts),
                values.get(q.name()), error(q, errors), label(words, language, q.name()),
                orEmpty(words.text(language, "page.help." + q.name())), parts(q, values, words, language));
    }

    /** The errors about a question: on its field, or (for amounts) on any of its elements. */
    private static String error(Question q, Map<String, String> errors) {
        List<String> found = new ArrayList<>();
        errors.forEach((field, message) -> {
            if (field.equals(q.name()) || field.startsWith(q.name() + "[") || field.startsWith(q.name() + ".")) {
                found.add(message);
            }
        });
        return found.isEmpty() ? null : String.join(" ", found);
    }

    private static List<FormField.Part> parts(Question q, Map<String, String> values, Messages words,
                                              Language language) {
        if (q.kind() != Question.Kind.AMOUNTS) {
            return List.of();
        }
        return Arrays.stream(q.choices().getEnumConstants()).map(e -> new FormField.Part(q.name() + "." + e.name(),
                words.label(language, e), values.get(q.name() + "." + e.name()))).toList();
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
            if (q.kind() == Question.Kind.AMOUNTS) {
                amounts(q, values, node);
                continue;
            }
            if (v == null || v.isBlank()) {
                continue;
            }
            String text = v.strip();
            if (q.kind() == Question.Kind.NUMBER) {
                putNumber(node, q.name(), text);
            } else {
                node.put(q.name(), text);
            }
        }
        return node;
    }

    /** The amounts entered, one element per choice with an amount, in the choices' order; none: left out. */
    private static void amounts(Question q, Map<String, String> values, ObjectNode node) {
        com.fasterxml.jackson.databind.node.ArrayNode out = node.arrayNode();
        for (Enum<?> choice : q.choices().getEnumConstants()) {
            String v = values.get(q.name() + "." + choice.name());
            if (v != null && !v.isBlank()) {
                ObjectNode element = out.addObject().put(q.choiceField(), choice.name());
                putNumber(element, q.amountField(), v.strip());
            }
        }
        if (!out.isEmpty()) {
            node.set(q.name(), out);
        }
    }

    /** A number as a JSON number (commas allowed); anything else as text, for the reader to refuse by its field. */
    private static void putNumber(ObjectNode node, String name, String text) {
        try {
            BigDecimal n = new BigDecimal(text.replace(",", ""));
            if (n.stripTrailingZeros().scale() <= 0) {
                node.put(name, n.toBigIntegerExact());
            } else {
                node.put(name, n);
            }
        } catch (NumberFormatException | ArithmeticException notANumber) {
            node.put(name, text);
        }
    }

    /** The 17 시·도 for a region field's suggestions. */
    static List<String> regions() {
        return Arrays.stream(Sido.values()).map(Sido::fullName).toList();
    }

    private static String orEmpty(String text) {
        return text == null ? "" : text;
    }
}
