package kr.policy.checker.engine;

import kr.policy.checker.text.Language;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

/**
 * A domain's encoding horizon (contract §13.5), from its folder's horizon.yaml: the last legal date its rules were
 * written for, and why that date. A case whose legal date lies after it is refused rather than answered on law that
 * may have changed.
 */
public record Horizon(LocalDate encodedUntil, String reason, String reasonEn) {
    public static final String FILE = "horizon.yaml";
    private static final ObjectMapper YAML = JsonMapper.builder(new YAMLFactory())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private record Written(@JsonProperty("encodedUntil") String encodedUntil, @JsonProperty("reason") String reason,
                           @JsonProperty("reasonEn") String reasonEn) {
    }

    /** The horizon written in {@code file}, or null with the problem added to {@code errors}. */
    public static Horizon parse(RuleFile file, List<RuleError> errors) {
        Written w;
        try {
            w = YAML.readValue(file.text(), Written.class);
        } catch (JsonProcessingException e) {
            errors.add(new RuleError(file.path(), e.getLocation() == null ? null : e.getLocation().getLineNr(),
                    e.getOriginalMessage()));
            return null;
        }
        if (w == null || w.encodedUntil() == null || blank(w.reason()) || blank(w.reasonEn())) {
            errors.add(new RuleError(file.path(), null, "encodedUntil (the last legal date the rules were written "
                    + "for), reason (why, in Korean) and reasonEn (in English) are required"));
            return null;
        }
        try {
            return new Horizon(LocalDate.parse(w.encodedUntil().strip()), w.reason().strip(), w.reasonEn().strip());
        } catch (DateTimeParseException e) {
            errors.add(new RuleError(file.path(), null,
                    "encodedUntil must be a date like 2026-12-31 (got " + w.encodedUntil() + ")"));
            return null;
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    /** Why the horizon is where it is, in the reader's language. */
    public String reason(Language language) {
        return language == Language.KO ? reason : reasonEn;
    }

    /** Days from {@code today} to the horizon (negative once passed). */
    public long daysLeft(LocalDate today) {
        return java.time.temporal.ChronoUnit.DAYS.between(today, encodedUntil);
    }
}
