package kr.policy.checker.engine;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The legal-sources register of a rule set, read from rules/sources.yaml and checked entry by entry: every field
 * present, dates that are dates, an id used once, an official address. Each problem names its line.
 */
public final class LegalSourceRegister {
    public static final String FILE = "sources.yaml";
    private static final Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final ObjectMapper YAML = JsonMapper.builder(new YAMLFactory())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    /** An entry as written: every field as text, so that a missing or malformed one is reported by us, by line. */
    private record Written(@JsonProperty("id") String id, @JsonProperty("title") String title,
                           @JsonProperty("kind") String kind, @JsonProperty("number") String number,
                           @JsonProperty("promulgated") String promulgated,
                           @JsonProperty("effective") String effective,
                           @JsonProperty("checkedOn") String checkedOn, @JsonProperty("url") String url,
                           @JsonProperty("versions") List<WrittenVersion> versions) {
    }

    /**
     * An earlier version as written: number and until required; promulgated and effective where confirmed (left out
     * where not, and the number says so).
     */
    private record WrittenVersion(@JsonProperty("number") String number,
                                  @JsonProperty("promulgated") String promulgated,
                                  @JsonProperty("effective") String effective, @JsonProperty("until") String until) {
    }

    private final Map<String, LegalSource> byId;

    private LegalSourceRegister(Map<String, LegalSource> byId) {
        this.byId = byId;
    }

    public LegalSource get(String id) {
        return byId.get(id);
    }

    public boolean has(String id) {
        return byId.containsKey(id);
    }

    /** Entries in file order. */
    public Collection<LegalSource> all() {
        return byId.values();
    }

    /** The register of {@code text}, or null with every problem added to {@code errors}. */
    public static LegalSourceRegister parse(String text, List<RuleError> errors) {
        int before = errors.size();
        Map<String, LegalSource> out = new LinkedHashMap<>();
        try (JsonParser p = YAML.getFactory().createParser(text)) {
            expect(p.nextToken() == JsonToken.START_OBJECT, p, "the file is a mapping with one key, sources");
            expect(p.nextToken() == JsonToken.FIELD_NAME && "sources".equals(p.currentName()), p,
                    "the file's one key is sources: a list of entries");
            expect(p.nextToken() == JsonToken.START_ARRAY, p, "sources is a list of entries (- id: …)");
            while (p.nextToken() == JsonToken.START_OBJECT) {
                int line = p.currentTokenLocation().getLineNr();
                Written w = YAML.readValue(p, Written.class);
                LegalSource source = check(w, line, errors);
                if (source != null) {
                    LegalSource previous = out.putIfAbsent(source.id(), source);
                    if (previous != null) {
                        errors.add(error(line, "id " + source.id() + " is also used at line " + previous.line()));
                    }
                }
            }
            expect(p.currentToken() == JsonToken.END_ARRAY, p, "every entry of sources is a mapping (id, title, …)");
            expect(p.nextToken() == JsonToken.END_OBJECT, p, "sources is the file's only key");
        } catch (Malformed e) {
            errors.add(e.error);
        } catch (JsonProcessingException e) {
            int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
            errors.add(error(line, e.getOriginalMessage()));
        } catch (IOException e) {
            errors.add(error(0, e.getMessage()));
        }
        if (out.isEmpty() && errors.size() == before) {
            errors.add(error(0, "the register lists no source"));
        }
        return errors.size() == before ? new LegalSourceRegister(out) : null;
    }

    private static LegalSource check(Written w, int line, List<RuleError> errors) {
        List<String> problems = new ArrayList<>();
        String id = required(w.id(), "id", problems);
        if (id != null && !ID.matcher(id).matches()) {
            problems.add("id " + id + " must be lower-case words joined by '-' (such as semiconductor-act)");
        }
        String title = required(w.title(), "title", problems);
        String kind = required(w.kind(), "kind", problems);
        String number = required(w.number(), "number", problems);
        LocalDate promulgated = date(w.promulgated(), "promulgated", problems);
        LocalDate effective = date(w.effective(), "effective", problems);
        LocalDate checkedOn = date(w.checkedOn(), "checkedOn", problems);
        String url = required(w.url(), "url", problems);
        if (url != null && !isHttps(url)) {
            problems.add("url must be the official https address (got " + url + ")");
        }
        if (promulgated != null && effective != null && effective.isBefore(promulgated)) {
            problems.add("effective (" + effective + ") is before promulgated (" + promulgated + ")");
        }
        List<LegalSource.Version> earlier = versions(w.versions(), effective, line, problems);
        String who = id == null ? "" : id + ": ";
        problems.forEach(problem -> errors.add(error(line, who + problem)));
        return problems.isEmpty()
                ? new LegalSource(id, title, kind, number, promulgated, effective, checkedOn, url, line, earlier, null)
                : null;
    }

    /**
     * The earlier versions, oldest first: each ends (until) before the next one and before the entry's own effective
     * date, and takes effect (where known) no later than it ends.
     */
    private static List<LegalSource.Version> versions(List<WrittenVersion> written, LocalDate entryEffective,
                                                      int line, List<String> problems) {
        if (written == null) {
            return List.of();
        }
        List<LegalSource.Version> out = new ArrayList<>();
        LocalDate previousUntil = null;
        for (int i = 0; i < written.size(); i++) {
            WrittenVersion v = written.get(i);
            if (v == null) {
                problems.add("versions[" + i + "] is a mapping (number, until, …)");
                continue;
            }
            List<String> own = new ArrayList<>();
            String number = required(v.number(), "versions[" + i + "].number", own);
            LocalDate until = date(v.until(), "versions[" + i + "].until", own);
            LocalDate promulgated = v.promulgated() == null ? null
                    : date(v.promulgated(), "versions[" + i + "].promulgated", own);
            LocalDate effective = v.effective() == null ? null
                    : date(v.effective(), "versions[" + i + "].effective", own);
            if (until != null && entryEffective != null && !until.isBefore(entryEffective)) {
                own.add("versions[" + i + "].until (" + until + ") must be before effective (" + entryEffective + ")");
            }
            if (until != null && previousUntil != null && !until.isAfter(previousUntil)) {
                own.add("versions are listed oldest first: versions[" + i + "].until (" + until
                        + ") is not after the one before (" + previousUntil + ")");
            }
            if (until != null && effective != null && effective.isAfter(until)) {
                own.add("versions[" + i + "].effective (" + effective + ") is after its until (" + until + ")");
            }
            if (until != null && effective != null && previousUntil != null && !effective.isAfter(previousUntil)) {
                own.add("versions[" + i + "].effective (" + effective + ") is not after the version before it ended ("
                        + previousUntil + ")");
            }
            problems.addAll(own);
            if (own.isEmpty()) {
                out.add(new LegalSource.Version(number, promulgated, effective, until, line));
                previousUntil = until;
            }
        }
        return out;
    }

    private static String required(String value, String field, List<String> problems) {
        if (value == null || value.isBlank()) {
            problems.add(field + " is required");
            return null;
        }
        return value.strip();
    }

    private static LocalDate date(String value, String field, List<String> problems) {
        String text = required(value, field, problems);
        if (text == null) {
            return null;
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            problems.add(field + " must be a date like 2026-08-11 (got " + text + ")");
            return null;
        }
    }

    private static boolean isHttps(String url) {
        try {
            URI uri = new URI(url.replace(" ", "%20"));
            return "https".equals(uri.getScheme()) && uri.getHost() != null;
        } catch (URISyntaxException e) {
            return false;
        }
    }

    private static void expect(boolean ok, JsonParser p, String what) throws Malformed {
        if (!ok) {
            throw new Malformed(error(p.currentTokenLocation().getLineNr(), what));
        }
    }

    private static RuleError error(int line, String message) {
        return new RuleError(FILE, line > 0 ? line : null, message);
    }

    /** The file's shape is wrong at one place: nothing after it can be read reliably. */
    private static final class Malformed extends Exception {
        private final transient RuleError error;

        Malformed(RuleError error) {
            super(error.message(), null, false, false);
            this.error = error;
        }
    }
}
