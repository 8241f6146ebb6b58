package kr.policy.checker.calendar;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;

/** Reads and checks rules/calendar/holidays.yaml. */
public final class HolidayFileReader {
    private static final ObjectMapper YAML = JsonMapper.builder(new YAMLFactory())
            .addModule(new JavaTimeModule())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    /** A problem in the file; line is 0 when it is not tied to one line. */
    public static final class InvalidHolidayFile extends Exception {
        private final int line;

        public InvalidHolidayFile(int line, String message) {
            super(message);
            this.line = line;
        }

        public int line() {
            return line;
        }
    }

    private HolidayFileReader() {
    }

    public static HolidayFile parse(String text) throws InvalidHolidayFile {
        HolidayFile file;
        try {
            file = YAML.readValue(text, HolidayFile.class);
        } catch (JsonProcessingException e) {
            throw new InvalidHolidayFile(line(text, e), e.getOriginalMessage());
        }
        List<String> problems = check(file);
        if (!problems.isEmpty()) {
            throw new InvalidHolidayFile(0, String.join("; ", problems));
        }
        return file;
    }

    /**
     * The line to show: Jackson reads records through their constructors and reports an unknown key where the object
     * ends, so for that error the key's own line is looked up.
     */
    private static int line(String text, JsonProcessingException e) {
        if (e instanceof UnrecognizedPropertyException u) {
            Pattern key = Pattern.compile("^[\\s-]*" + Pattern.quote(u.getPropertyName()) + "\\s*:");
            String[] lines = text.split("\n", -1);
            for (int i = 0; i < lines.length; i++) {
                if (key.matcher(lines[i]).find()) {
                    return i + 1;
                }
            }
        }
        return e.getLocation() == null ? 0 : e.getLocation().getLineNr();
    }

    private static List<String> check(HolidayFile file) {
        List<String> problems = new ArrayList<>();
        if (file == null || file.coverage() == null || file.coverage().from() == null || file.coverage().to() == null) {
            problems.add("coverage.from and coverage.to are required");
            return problems;
        }
        if (file.coverage().to().isBefore(file.coverage().from())) {
            problems.add("coverage.to is before coverage.from");
        }
        if (file.substituteHoliday() == null || file.substituteHoliday().name() == null) {
            problems.add("substituteHoliday.name is required");
        }
        if (file.holidays() == null || file.holidays().isEmpty()) {
            problems.add("holidays is empty");
            return problems;
        }
        for (HolidayFile.Definition def : file.holidays()) {
            String id = def.id() == null ? "(no id)" : def.id();
            int ways = (def.fixed() == null ? 0 : 1) + (def.lunar() == null ? 0 : 1) + (def.days() == null ? 0 : 1);
            if (ways != 1) {
                problems.add(id + ": exactly one of fixed, lunar, days is required");
            }
            if (def.kind() == null || def.legalBasis() == null) {
                problems.add(id + ": kind and legalBasis are required");
            }
            if (def.days() == null && (def.name() == null || def.nameEn() == null)) {
                problems.add(id + ": name and nameEn are required");
            }
            if (def.days() != null) {
                def.days().stream().filter(d -> d.date() == null || d.name() == null || d.nameEn() == null)
                        .findFirst().ifPresent(d -> problems.add(id + ": every day needs date, name and nameEn"));
            }
            if (def.substitute() != null && def.substitute().from() == null) {
                problems.add(id + ": substitute.from is required");
            }
        }
        return problems;
    }
}
