package kr.policy.checker.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import kr.policy.checker.app.RuleEngine;
import kr.policy.checker.domain.Domain;
import kr.policy.checker.domain.Domains;
import kr.policy.checker.domain.Question;
import kr.policy.checker.engine.DomainRules;
import kr.policy.checker.judging.CaseReader;
import kr.policy.checker.problem.FieldError;
import kr.policy.checker.problem.Problem;
import kr.policy.checker.problem.ProblemException;
import kr.policy.checker.problem.ProblemType;
import kr.policy.checker.problem.ServiceMessages;
import kr.policy.checker.register.CaseRegister;
import kr.policy.checker.register.RegisterKind;
import kr.policy.checker.security.Principal;
import kr.policy.checker.text.Language;
import kr.policy.checker.text.Messages;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Contract §17: many new cases at once, from a JSON array of case bodies or a CSV file whose header row names the
 * fields (or gives the Korean column titles of the clerk pages). Each row is read, checked, judged and stored exactly
 * as a single POST would be, in its own transaction: a refused row stores nothing and the others are stored. A row
 * whose externalReference is already used, in the register or earlier in the same file, is a DUPLICATE.
 */
@ApplicationScoped
public class CaseImports {
    public static final String CREATED = "CREATED";
    public static final String REFUSED = "REFUSED";
    public static final String DUPLICATE = "DUPLICATE";
    /** The fields of a new case before the domain's own: the case header. */
    static final List<String> HEADER = List.of("externalReference", "title", "applicant", "permittingAuthority");

    @Inject
    CaseRegister register;
    @Inject
    CaseReader reader;
    @Inject
    RuleEngine engine;
    @Inject
    ObjectMapper json;

    /** The most rows one import takes ({@code checker.import.max-rows}); more is a 413. */
    @ConfigProperty(name = "checker.import.max-rows", defaultValue = "10000")
    int maxRows;

    /** How many rows of one import are stored at once ({@code checker.import.parallelism}). */
    @ConfigProperty(name = "checker.import.parallelism", defaultValue = "4")
    int parallelism;

    @Inject
    org.eclipse.microprofile.context.ManagedExecutor executor;

    /** One row's error: the field (the CSV column's field name) and what is wrong. */
    public record ImportRowError(String field, String detail) {
    }

    /** One row's result: its number (1 = the first case), CREATED with the new id, REFUSED or DUPLICATE. */
    public record ImportRow(int row, String status, String id, List<ImportRowError> errors) {
    }

    /** The answer: counts and one result per row, in the file's order. */
    public record ImportAnswer(int created, int refused, int duplicates, boolean dryRun, List<ImportRow> rows) {
    }

    public int maxRows() {
        return maxRows;
    }

    // ------------------------------------------------------------------ reading the file

    /**
     * The rows of a JSON array of objects. A body of another shape (an element that is not an object included) is not
     * an import at all: 400, nothing stored.
     */
    public List<JsonNode> fromJson(byte[] body) {
        JsonNode tree = reader.tree(body);
        boolean objects = tree.isArray();
        for (int i = 0; objects && i < tree.size(); i++) {
            objects = tree.get(i).isObject();
        }
        if (!objects) {
            throw ProblemException.of(ProblemType.MALFORMED_JSON, "detail.importNotArray");
        }
        tooMany(tree.size());
        List<JsonNode> rows = new ArrayList<>(tree.size());
        tree.forEach(rows::add);
        return rows;
    }

    /**
     * The rows of a CSV file (UTF-8, a byte-order mark allowed): the header row names each column by its field name
     * or its Korean (or English) title; an empty cell is a field left out. Values are typed by the register's
     * questions (numbers, yes/no), so that the strict reading judges them as it judges JSON.
     */
    public List<JsonNode> fromCsv(RegisterKind kind, byte[] body, Language language) {
        String text = new String(body, StandardCharsets.UTF_8);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        Map<String, Question> questions = questions(kind);
        Map<String, String> titles = titles(kind);
        CsvMapper csv = new CsvMapper();
        csv.enable(CsvParser.Feature.WRAP_AS_ARRAY);
        List<List<String>> lines = new ArrayList<>();
        try (MappingIterator<List<String>> it = csv.readerForListOf(String.class)
                .with(CsvSchema.emptySchema()).readValues(text)) {
            while (it.hasNext()) {
                List<String> line = it.next();
                if (line.size() == 1 && line.get(0).isBlank() || line.isEmpty()) {
                    continue; // a blank line (Excel adds one at the end)
                }
                lines.add(line);
                tooMany(lines.size() - 1);
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof ProblemException p) {
                throw p;
            }
            throw ProblemException.of(ProblemType.MALFORMED_JSON, "detail.csvMalformed", e.getMessage());
        }
        if (lines.isEmpty()) {
            throw ProblemException.fields(ProblemType.INVALID_INPUT, List.of(new FieldError("header",
                    ServiceMessages.get(language, "field.csvNoHeader"))));
        }
        List<String> fields = new ArrayList<>();
        List<FieldError> unknown = new ArrayList<>();
        for (String column : lines.get(0)) {
            String name = column.strip();
            String field = questions.containsKey(name) ? name : titles.get(name);
            if (field == null) {
                unknown.add(new FieldError(name, ServiceMessages.get(language, "field.csvColumn",
                        String.join(", ", questions.keySet()))));
            } else if (fields.contains(field)) {
                unknown.add(new FieldError(name, ServiceMessages.get(language, "field.csvColumnTwice")));
            }
            fields.add(field);
        }
        if (!unknown.isEmpty()) {
            throw ProblemException.fields(ProblemType.INVALID_INPUT, unknown);
        }
        List<JsonNode> rows = new ArrayList<>(lines.size() - 1);
        for (List<String> line : lines.subList(1, lines.size())) {
            ObjectNode row = json.createObjectNode();
            for (int i = 0; i < line.size(); i++) {
                String cell = line.get(i);
                if (i >= fields.size()) {
                    if (!cell.isBlank()) {
                        row.put("column" + (i + 1), cell); // refused by the strict reading as an unknown field
                    }
                    continue;
                }
                if (cell.isEmpty()) {
                    continue;
                }
                row.set(fields.get(i), typed(questions.get(fields.get(i)), cell));
            }
            rows.add(row);
        }
        return rows;
    }

    private void tooMany(int rows) {
        if (rows > maxRows) {
            throw ProblemException.of(ProblemType.PAYLOAD_TOO_LARGE, "detail.importTooManyRows", maxRows);
        }
    }

    /** A cell as the JSON value a partner would send: a number or yes/no where the question asks one. */
    private JsonNode typed(Question q, String cell) {
        String v = cell.strip();
        if (q != null && q.kind() == Question.Kind.NUMBER && v.matches("-?[0-9]{1,18}")) {
            return json.getNodeFactory().numberNode(Long.parseLong(v));
        }
        if (q != null && q.kind() == Question.Kind.NUMBER && v.matches("-?[0-9]{1,30}\\.[0-9]{1,30}")) {
            return json.getNodeFactory().numberNode(new BigDecimal(v));
        }
        if (q != null && q.kind() == Question.Kind.YES_NO) {
            switch (v.toLowerCase(Locale.ROOT)) {
                case "true", "yes", "y", "예", "o" -> {
                    return json.getNodeFactory().booleanNode(true);
                }
                case "false", "no", "n", "아니오", "아니요", "x" -> {
                    return json.getNodeFactory().booleanNode(false);
                }
                default -> {
                }
            }
        }
        // the text as written (dates, choices, names): the strict reading refuses what is not valid, naming the field
        return json.getNodeFactory().textNode(cell);
    }

    /** Every field a new case of the register takes, by name, with its question (null for the header's text). */
    Map<String, Question> questions(RegisterKind kind) {
        Map<String, Question> out = new LinkedHashMap<>();
        HEADER.forEach(h -> out.put(h, Question.text(h)));
        domain(kind).questions().forEach(q -> out.put(q.name(), q));
        return out;
    }

    /** The column titles a clerk sees, Korean and English, each to its field. */
    public Map<String, String> titles(RegisterKind kind) {
        Map<String, String> out = new LinkedHashMap<>();
        for (Language language : List.of(Language.KO, Language.EN)) {
            titles(kind, language).forEach((field, title) -> out.putIfAbsent(title, field));
        }
        return out;
    }

    /** Field → its column title in {@code language}, in the order of a new case's form. */
    public Map<String, String> titles(RegisterKind kind, Language language) {
        ResourceBundle pages = ResourceBundle.getBundle("messages.pages",
                language == Language.EN ? Locale.ENGLISH : Locale.KOREAN);
        Messages words = engine.current().domain(kind.domain()).map(DomainRules::messages).orElse(null);
        Map<String, String> out = new LinkedHashMap<>();
        for (String field : questions(kind).keySet()) {
            String title = null;
            if (HEADER.contains(field) && pages.containsKey("case.field." + field)) {
                title = pages.getString("case.field." + field);
            } else if (words != null) {
                title = words.text(language, "page.field." + field);
            }
            out.put(field, title == null ? field : title);
        }
        return out;
    }

    private static Domain<?, ?> domain(RegisterKind kind) {
        return Domains.named(kind.domain()).orElseThrow();
    }

    // ------------------------------------------------------------------ storing the rows

    /**
     * Each row read, checked, judged and (unless a dry run) stored on its own, as a single POST, in its own
     * transaction. A reference repeated in the file makes every later row with it a DUPLICATE, decided before any
     * row is stored; the other rows are then stored {@code checker.import.parallelism} at a time (each transaction
     * waits mostly for its commit, which the database can share among concurrent ones), the answer in file order.
     */
    public ImportAnswer run(RegisterKind kind, List<JsonNode> rows, Principal caller, boolean dryRun, Language language) {
        ImportRow[] results = new ImportRow[rows.size()];
        Set<String> references = new HashSet<>();
        List<Integer> todo = new ArrayList<>(rows.size());
        for (int i = 0; i < rows.size(); i++) {
            JsonNode row = rows.get(i);
            String reference = row.path("externalReference").isTextual()
                    ? row.path("externalReference").asText().strip() : null;
            if (reference != null && !reference.isEmpty() && !references.add(reference)) {
                results[i] = new ImportRow(i + 1, DUPLICATE, null, List.of(new ImportRowError("externalReference",
                        ServiceMessages.get(language, "detail.referenceInFile", reference))));
            } else {
                todo.add(i);
            }
        }
        java.util.concurrent.atomic.AtomicInteger next = new java.util.concurrent.atomic.AtomicInteger();
        Runnable worker = () -> {
            for (int n = next.getAndIncrement(); n < todo.size(); n = next.getAndIncrement()) {
                int i = todo.get(n);
                results[i] = one(kind, i + 1, rows.get(i), caller, dryRun, language);
            }
        };
        int threads = Math.max(1, Math.min(parallelism, todo.size() / 50));
        List<java.util.concurrent.CompletableFuture<Void>> running = new ArrayList<>();
        for (int t = 1; t < threads; t++) {
            running.add(executor.runAsync(worker));
        }
        worker.run();
        running.forEach(java.util.concurrent.CompletableFuture::join);
        int created = 0;
        int refused = 0;
        int duplicates = 0;
        for (ImportRow r : results) {
            switch (r.status()) {
                case CREATED -> created++;
                case REFUSED -> refused++;
                default -> duplicates++;
            }
        }
        return new ImportAnswer(created, refused, duplicates, dryRun, List.of(results));
    }

    private ImportRow one(RegisterKind kind, int number, JsonNode row, Principal caller, boolean dryRun,
                          Language language) {
        try {
            CaseRegister.Loaded loaded = register.create(kind, row, caller, language, dryRun);
            return new ImportRow(number, CREATED, loaded == null ? null : loaded.entity().id.toString(), List.of());
        } catch (ProblemException e) {
            Problem p = ServiceMessages.problem(e, language);
            if (e.type() == ProblemType.CONFLICT && "detail.referenceUsed".equals(e.detailKey())) {
                String id = e.location() == null ? null : e.location().substring(e.location().lastIndexOf('/') + 1);
                return new ImportRow(number, DUPLICATE, id == null ? null : UUID.fromString(id).toString(),
                        List.of(new ImportRowError("externalReference", p.detail())));
            }
            return new ImportRow(number, REFUSED, null, errors(p));
        }
    }

    private static List<ImportRowError> errors(Problem p) {
        List<ImportRowError> out = new ArrayList<>();
        if (p.errors() != null) {
            for (Object e : p.errors()) {
                if (e instanceof FieldError f) {
                    out.add(new ImportRowError(f.field(), f.message()));
                }
            }
        }
        if (out.isEmpty()) {
            out.add(new ImportRowError(null, p.detail()));
        }
        return out;
    }

    /** The header row of the template: the Korean titles in the order of the new-case form. */
    public List<String> templateColumns(RegisterKind kind) {
        return Stream.of(titles(kind, Language.KO).values().toArray(String[]::new)).toList();
    }
}
