package kr.policy.checker.history;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import kr.policy.checker.calendar.CalendarDates;
import kr.policy.checker.problem.FieldError;
import kr.policy.checker.problem.ProblemException;
import kr.policy.checker.problem.ProblemType;
import kr.policy.checker.problem.ServiceMessages;
import kr.policy.checker.text.Language;

/**
 * A simulation's request (contract §8.4), read and checked field by field: the base version, the changed files
 * (text, {@code {"base64": …}} or null to remove) and the scope. Every problem is a 400 naming its field.
 */
public record CandidateRequest(String base, Map<String, Optional<byte[]>> changes, Scope scope) {
    private static final Pattern PATH = Pattern.compile("[A-Za-z0-9가-힣_-][A-Za-z0-9가-힣._-]*(/[A-Za-z0-9가-힣_-][A-Za-z0-9가-힣._-]*)*");

    /**
     * What is judged: the register cases, the stored evaluations made on or after {@code evaluationsFrom} (any date
     * when null), the examples.
     */
    public record Scope(boolean registers, boolean evaluations, LocalDate evaluationsFrom, boolean examples) {
        static final Scope DEFAULT = new Scope(true, true, null, false);
    }

    static CandidateRequest read(JsonNode body, Language language) {
        List<FieldError> errors = new ArrayList<>();
        if (body == null || !body.isObject()) {
            throw ProblemException.of(ProblemType.INVALID_INPUT, "detail.notObject");
        }
        body.fieldNames().forEachRemaining(name -> {
            if (!List.of("base", "changes", "scope").contains(name)) {
                errors.add(new FieldError(name, ServiceMessages.get(language, "field.unknown")));
            }
        });
        String base = null;
        JsonNode b = body.path("base");
        if (!b.isMissingNode() && !b.isNull()) {
            if (!b.isTextual() || !b.asText().matches("sha256:[0-9a-f]{64}")) {
                errors.add(new FieldError("base", ServiceMessages.get(language, "field.version")));
            } else {
                base = b.asText();
            }
        }
        Map<String, Optional<byte[]>> changes = changes(body.path("changes"), language, errors);
        Scope scope = scope(body.path("scope"), language, errors);
        if (!errors.isEmpty()) {
            throw ProblemException.fields(ProblemType.INVALID_INPUT, errors);
        }
        return new CandidateRequest(base, changes, scope);
    }

    /**
     * One changed file from the rule authors' page, on the version in service, over the register cases and the stored
     * evaluations (from {@code evaluationsFrom} when given) and, when asked, the examples: checked as the JSON
     * request's fields are, with the same errors under the same names.
     */
    public static CandidateRequest oneFile(String path, byte[] content, boolean examples, String evaluationsFrom,
                                           Language language) {
        List<FieldError> errors = new ArrayList<>();
        Map<String, Optional<byte[]>> changes = new LinkedHashMap<>();
        if (path.length() > 500 || !PATH.matcher(path).matches()) {
            errors.add(new FieldError("changes." + path, ServiceMessages.get(language, "field.rulePath")));
        } else {
            changes.put(path, Optional.of(content));
        }
        LocalDate from = evaluationsFrom == null || evaluationsFrom.isBlank() ? null
                : date(evaluationsFrom, language, errors);
        if (!errors.isEmpty()) {
            throw ProblemException.fields(ProblemType.INVALID_INPUT, errors);
        }
        return new CandidateRequest(null, changes, new Scope(true, true, from, examples));
    }

    private static LocalDate date(String text, Language language, List<FieldError> errors) {
        LocalDate date = CalendarDates.parseOrNull(text);
        if (date == null) {
            errors.add(new FieldError("scope.evaluationsFrom", ServiceMessages.get(language, "field.badDate", text)));
        }
        return date;
    }

    private static Map<String, Optional<byte[]>> changes(JsonNode node, Language language, List<FieldError> errors) {
        Map<String, Optional<byte[]>> changes = new LinkedHashMap<>();
        if (node.isMissingNode() || node.isNull()) {
            return changes;
        }
        if (!node.isObject()) {
            errors.add(new FieldError("changes", ServiceMessages.get(language, "field.changes")));
            return changes;
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            String field = "changes." + e.getKey();
            if (e.getKey().length() > 500 || !PATH.matcher(e.getKey()).matches()) {
                errors.add(new FieldError(field, ServiceMessages.get(language, "field.rulePath")));
                continue;
            }
            JsonNode v = e.getValue();
            if (v.isNull()) {
                changes.put(e.getKey(), Optional.empty());
            } else if (v.isTextual()) {
                changes.put(e.getKey(), Optional.of(v.asText().getBytes(StandardCharsets.UTF_8)));
            } else if (v.isObject() && v.size() == 1 && v.path("base64").isTextual()) {
                try {
                    changes.put(e.getKey(), Optional.of(Base64.getMimeDecoder().decode(v.path("base64").asText())));
                } catch (IllegalArgumentException bad) {
                    errors.add(new FieldError(field + ".base64", ServiceMessages.get(language, "field.base64")));
                }
            } else {
                errors.add(new FieldError(field, ServiceMessages.get(language, "field.changes")));
            }
        }
        return changes;
    }

    private static Scope scope(JsonNode node, Language language, List<FieldError> errors) {
        if (node.isMissingNode() || node.isNull()) {
            return Scope.DEFAULT;
        }
        if (!node.isObject()) {
            errors.add(new FieldError("scope", ServiceMessages.get(language, "field.badType",
                    ServiceMessages.get(language, "field.type.object"))));
            return Scope.DEFAULT;
        }
        node.fieldNames().forEachRemaining(name -> {
            if (!List.of("registers", "evaluations", "evaluationsFrom", "examples").contains(name)) {
                errors.add(new FieldError("scope." + name, ServiceMessages.get(language, "field.unknown")));
            }
        });
        LocalDate from = null;
        JsonNode f = node.path("evaluationsFrom");
        if (!f.isMissingNode() && !f.isNull()) {
            from = date(f.isTextual() ? f.asText() : f.toString(), language, errors);
        }
        return new Scope(flag(node, "registers", true, language, errors), flag(node, "evaluations", true, language, errors),
                from, flag(node, "examples", false, language, errors));
    }

    private static boolean flag(JsonNode scope, String name, boolean absent, Language language, List<FieldError> errors) {
        JsonNode v = scope.path(name);
        if (v.isMissingNode() || v.isNull()) {
            return absent;
        }
        if (!v.isBoolean()) {
            errors.add(new FieldError("scope." + name, ServiceMessages.get(language, "field.badType",
                    ServiceMessages.get(language, "field.type.boolean"))));
            return absent;
        }
        return v.asBoolean();
    }
}
