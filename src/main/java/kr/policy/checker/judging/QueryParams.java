package kr.policy.checker.judging;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import kr.policy.checker.calendar.CalendarDates;
import kr.policy.checker.text.Language;
import kr.policy.checker.problem.FieldError;
import kr.policy.checker.problem.ProblemException;
import kr.policy.checker.problem.ProblemType;
import kr.policy.checker.problem.ServiceMessages;

/**
 * Reads query parameters, collecting one error per bad parameter before answering 400. Values are read as sent: no
 * trimming, no sign or leading plus, no other shape of date than {@link CalendarDates}'s.
 */
public final class QueryParams {
    private static final Pattern INTEGER = Pattern.compile("-?(0|[1-9][0-9]{0,9})");
    private static final Pattern VERSION = Pattern.compile("sha256:[0-9a-f]{64}");
    private final Language language;
    private final List<FieldError> errors = new ArrayList<>();

    public QueryParams(Language language) {
        this.language = language;
    }

    public LocalDate date(String name, String value) {
        if (value == null || value.isBlank()) {
            error(name, ServiceMessages.get(language, "field.required"));
            return null;
        }
        LocalDate date = CalendarDates.parseOrNull(value);
        if (date == null) {
            error(name, ServiceMessages.get(language, "field.badDate", value));
        }
        return date;
    }

    /** {@code ?page=}: 0 when absent; a bad value is an error (and 0, so the caller can go on to collect others). */
    public int page(String value) {
        return optionalInteger("page", value, 0, 0, 1_000_000);
    }

    /** {@code ?size=}: {@code standard} when absent, at most {@code max}. */
    public int size(String value, int standard, int max) {
        return optionalInteger("size", value, standard, 1, max);
    }

    private int optionalInteger(String name, String value, int absent, int min, int max) {
        if (value == null) {
            return absent;
        }
        Integer n = integer(name, value, min, max);
        return n == null ? absent : n;
    }

    /** {@code true} or {@code false}; null when absent (an empty value is not absent: it is refused). */
    public Boolean bool(String name, String value) {
        if (value == null) {
            return null;
        }
        if (!value.equals("true") && !value.equals("false")) {
            error(name, ServiceMessages.get(language, "field.badType",
                    ServiceMessages.get(language, "field.type.boolean")));
            return null;
        }
        return Boolean.valueOf(value);
    }

    /** A rule-set version: sha256: and 64 lower-case hexadecimal digits. */
    public String version(String name, String value) {
        if (value == null || value.isBlank()) {
            error(name, ServiceMessages.get(language, "field.required"));
            return null;
        }
        if (!VERSION.matcher(value).matches()) {
            error(name, ServiceMessages.get(language, "field.version"));
            return null;
        }
        return value;
    }

    public Integer integer(String name, String value, int min, int max) {
        if (value == null || value.isBlank()) {
            error(name, ServiceMessages.get(language, "field.required"));
            return null;
        }
        int n;
        try {
            if (!INTEGER.matcher(value).matches()) {
                throw new NumberFormatException(value);
            }
            n = Integer.parseInt(value);
        } catch (NumberFormatException e) {
            error(name, ServiceMessages.get(language, "field.badType",
                    ServiceMessages.get(language, "field.type.integer")));
            return null;
        }
        if (n < min) {
            error(name, ServiceMessages.get(language, "field.min", String.valueOf(min)));
        } else if (n > max) {
            error(name, ServiceMessages.get(language, "field.max", String.valueOf(max)));
        }
        return n;
    }

    public <E extends Enum<E>> E enumValue(String name, String value, Class<E> type, E defaultValue) {
        if (value == null) {
            return defaultValue;
        }
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException e) {
            error(name, ServiceMessages.get(language, "field.badEnum",
                    Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", ")),
                    value));
            return null;
        }
    }

    /** One of {@code allowed} (a domain's name, say); null when absent. */
    public String oneOf(String name, String value, java.util.Collection<String> allowed) {
        if (value == null) {
            return null;
        }
        if (!allowed.contains(value)) {
            error(name, ServiceMessages.get(language, "field.badEnum", String.join(", ", allowed), value));
            return null;
        }
        return value;
    }

    public void error(String name, String message) {
        errors.add(new FieldError(name, message));
    }

    /** The errors so far, by parameter name (for pages that show them beside each field). */
    public java.util.Map<String, String> errorsByName() {
        java.util.Map<String, String> out = new java.util.LinkedHashMap<>();
        errors.forEach(e -> out.merge(e.field(), e.message(), (a, b) -> a + " " + b));
        return out;
    }

    public void throwIfInvalid() {
        if (!errors.isEmpty()) {
            throw ProblemException.fields(ProblemType.INVALID_INPUT, errors);
        }
    }
}
