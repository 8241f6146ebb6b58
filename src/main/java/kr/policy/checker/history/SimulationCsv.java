package kr.policy.checker.history;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * A simulation's items as CSV (contract §8.4: the same rows as the JSON items, UTF-8 with a BOM so that spreadsheet
 * programs read the Korean), written a page at a time for the API and the rule authors' page alike.
 */
@ApplicationScoped
public class SimulationCsv {
    private static final CsvMapper CSV = new CsvMapper();
    private static final CsvSchema SCHEMA = CSV.schemaFor(Row.class).withHeader();

    @Inject
    Simulations simulations;

    /** One row: the item's fields, its changes as "path: base → candidate" joined by "; ". */
    @JsonPropertyOrder({"source", "ref", "domain", "organization", "title", "baseOutcome", "candidateOutcome",
            "changes"})
    record Row(String source, String ref, String domain, String organization, String title, String baseOutcome,
               String candidateOutcome, String changes) {
        static Row of(Simulations.ItemView item) {
            return new Row(item.source(), item.ref(), item.domain(), item.organization(), item.title(),
                    item.base().outcome(), item.candidate().outcome(), item.changes().stream()
                    .map(c -> c.path() + ": " + c.base() + " → " + c.candidate()).collect(Collectors.joining("; ")));
        }
    }

    /** 404 (before anything is written) when there is no such simulation. */
    public void write(UUID id, Boolean changed, String domain, OutputStream out) throws IOException {
        simulations.get(id);
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        writer.write('\uFEFF');
        try (SequenceWriter rows = CSV.writer(SCHEMA).writeValues(writer)) {
            simulations.forEachItem(id, changed, domain, item -> {
                try {
                    rows.write(Row.of(item));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }
}
