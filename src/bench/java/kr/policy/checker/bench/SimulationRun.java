package kr.policy.checker.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Part 4, an impact simulation (contract §8.4) over stored evaluations at two sizes, on one service started with
 * {@code java -Xmx256m -jar} on a fresh data directory: 5,000 evaluations stored and simulated, then 15,000 more
 * stored and all 20,000 simulated. The runner reads stored evaluations a page at a time, so the heap a simulation
 * needs should not grow with their number; the live heap (a class histogram, in a full GC's pause) is taken before,
 * half-way through and at the end of each simulation, beside the resident set, and the histograms are kept under
 * target/bench for telling what any growth is.
 */
final class SimulationRun {
    static final String LABEL = "java -Xmx256m -jar";
    /** Evaluations stored before each simulation (cumulative); a quick run takes a fifth. */
    static final int[] SIZES = {5_000, 20_000};
    /** Stored a batch at a time, half of each batch per domain. */
    static final int BATCH = 5_000;
    static final List<String> DOMAINS = List.of("permit-timeout", "reshoring-subsidy");
    private static final Duration LIMIT = Duration.ofMinutes(20);
    private static final long POLL_MILLIS = 200;
    private static final ObjectMapper JSON = new ObjectMapper();

    /** One text edit of a rule file of the version in service: part of the candidate. */
    record Edit(String path, String from, String to) {
    }

    static final List<Edit> EDITS = List.of(
            new Edit("permit-timeout/permit-timeout.drl", "periods.expiry($c.requestDate(), 60,",
                    "periods.expiry($c.requestDate(), 90,"));

    /** The other part: the capital-region cap from 2024-08-30, one cell of the caps spreadsheet, 200억 → 150억. */
    static final String CAPS = "reshoring-subsidy/caps.xlsx";
    static final Map<String, String> CAPS_CELLS = Map.of("C12", "15000000000");

    /**
     * One simulation: how many evaluations were stored in all, how many of them just before it (and how long that
     * took), its final state as the service
     * reports it, client-side times (POST → 202 is compiling the candidate; 202 → DONE the run itself), and memory.
     */
    record Figures(int stored, int added, double storeSeconds, String status, String failure, int total, int evaluated,
                   int changed, JsonNode transitions, double secondsToAccept, double secondsToDone,
                   double serverSeconds, ServiceProcess.Heap before, ServiceProcess.Heap midRun,
                   ServiceProcess.Heap atEnd, ServiceProcess.Memory memory, boolean peakReset) {
        double itemsPerSecond() {
            return evaluated / secondsToDone;
        }

        boolean done() {
            return "DONE".equals(status);
        }
    }

    private final boolean quick;
    private final Path outDir;
    private final boolean jfr;

    SimulationRun(boolean quick, Path outDir, boolean jfr) {
        this.quick = quick;
        this.outDir = outDir;
        this.jfr = jfr;
    }

    List<Figures> run() throws IOException, InterruptedException {
        List<String> options = new ArrayList<>(List.of("-Xmx256m",
                "-Xlog:gc:file=" + outDir.resolve("simulation-gc.log").toAbsolutePath()));
        if (jfr) {
            options.add("-XX:StartFlightRecording=filename=" + outDir.resolve("simulation.jfr").toAbsolutePath()
                    + ",settings=profile");
        }
        Path data = ServiceRun.freshDataDirectory(outDir, "simulation");
        List<Figures> out = new ArrayList<>();
        try (ServiceProcess service = ServiceProcess.launch(ServiceProcess.Start.JAR, options, ServiceRun.freePort(),
                data, outDir.resolve("service-simulation.log"))) {
            service.millisToFirst200(ServiceRun.LIVENESS);
            ObjectNode candidate = candidate(service);
            int stored = 0;
            for (int size : SIZES) {
                int target = quick ? size / 5 : size;
                long start = System.nanoTime();
                int added = store(service, target - stored);
                double storeSeconds = (System.nanoTime() - start) / 1e9;
                stored += added;
                out.add(simulate(service, candidate, stored, added, storeSeconds));
                if (!service.alive()) {
                    break; // the figures so far say what happened; the log says why
                }
            }
        }
        return out;
    }

    /** Stores {@code count} evaluations through keyed batches; answers how many were stored (answered, not refused). */
    private int store(ServiceProcess service, int count) throws IOException, InterruptedException {
        int stored = 0;
        for (int left = count; left > 0; ) {
            int batch = Math.min(BATCH, left);
            for (int d = 0; d < DOMAINS.size(); d++) {
                String domain = DOMAINS.get(d);
                int cases = batch / DOMAINS.size() + (d < batch % DOMAINS.size() ? 1 : 0);
                BatchRun.Figures f = BatchRun.run(service, domain, Bodies.batch(domain, cases), cases,
                        ServiceProcess.ADMIN_KEY);
                if (f.problems() > 0) {
                    System.out.println("simulation: " + f.problems() + " " + domain + " cases refused, not stored");
                }
                stored += f.answered();
            }
            left -= batch;
        }
        return stored;
    }

    /**
     * The candidate's changes: each edited file's text as archived for the version in service, edited. Fails when
     * an edit no longer applies (the rules changed under the benchmark).
     */
    private static ObjectNode candidate(ServiceProcess service) throws IOException, InterruptedException {
        String version = json(expect(service.admin("GET", "/api/v1/rulesets", null), 200)).path("version").asText();
        ObjectNode changes = JSON.createObjectNode();
        for (Edit e : EDITS) {
            String text = expect(service.admin("GET", "/api/v1/rulesets/versions/" + version + "/files/" + e.path(),
                    null), 200).body();
            int at = text.indexOf(e.from());
            if (at < 0) {
                throw new IllegalStateException(e.path() + " no longer contains: " + e.from());
            }
            changes.put(e.path(), text.substring(0, at) + e.to() + text.substring(at + e.from().length()));
        }
        // the spreadsheet as the service serves it (the rules directory it was started on), one cell changed
        byte[] caps = kr.policy.checker.ruleset.DecisionSheet.withCells(
                java.nio.file.Files.readAllBytes(java.nio.file.Path.of("rules", CAPS)), CAPS_CELLS);
        changes.putObject(CAPS).put("base64", java.util.Base64.getEncoder().encodeToString(caps));
        ObjectNode body = JSON.createObjectNode();
        body.set("changes", changes);
        body.putObject("scope").put("registers", true).put("examples", false);
        return body;
    }

    private Figures simulate(ServiceProcess service, ObjectNode candidate, int stored, int added, double storeSeconds)
            throws IOException, InterruptedException {
        ServiceProcess.Heap before = service.liveHeap(histogram(stored, "before"));
        boolean peakReset = service.resetPeakRss();
        long posted = System.nanoTime();
        JsonNode view = json(expect(service.admin("POST", "/api/v1/rulesets/simulations", candidate.toString()), 202));
        long accepted = System.nanoTime();
        String id = view.path("id").asText();
        ServiceProcess.Heap midRun = null;
        while (view.path("status").asText().equals("RUNNING")) {
            if (System.nanoTime() - accepted > LIMIT.toNanos()) {
                service.admin("DELETE", "/api/v1/rulesets/simulations/" + id, null);
                break;
            }
            if (!service.alive()) {
                break;
            }
            Thread.sleep(POLL_MILLIS);
            try {
                view = json(expect(service.admin("GET", "/api/v1/rulesets/simulations/" + id, null), 200));
            } catch (IOException e) {
                if (service.alive()) {
                    throw e;
                }
                break; // died between two polls
            }
            JsonNode progress = view.path("progress");
            if (midRun == null && view.path("status").asText().equals("RUNNING")
                    && progress.path("done").asInt() * 2 >= progress.path("total").asInt()) {
                midRun = service.liveHeap(histogram(stored, "half-way"));
            }
        }
        double toDone = (System.nanoTime() - accepted) / 1e9;
        String status = service.alive() ? view.path("status").asText() : "SERVICE DIED";
        ServiceProcess.Heap atEnd = service.alive() ? service.liveHeap(histogram(stored, "end")) : null;
        ServiceProcess.Memory memory = service.alive() ? service.memory() : null;
        Figures f = new Figures(stored, added, storeSeconds, status, view.path("failure").asText(null),
                view.path("progress").path("total").asInt(), view.path("evaluated").asInt(),
                view.path("changed").asInt(), view.path("transitions"), (accepted - posted) / 1e9, toDone,
                serverSeconds(view), before, midRun, atEnd, memory, peakReset);
        System.out.printf("simulation of %,d stored evaluations: %s, %,d evaluated, %,d changed, %.1f s (%.0f/s)%n",
                stored, status, f.evaluated(), f.changed(), toDone, f.itemsPerSecond());
        return f;
    }

    private Path histogram(int stored, String when) {
        return outDir.resolve("simulation-" + stored + "-" + when + ".histogram.txt");
    }

    /** finishedAt − createdAt as the service recorded them; NaN while it has not finished. */
    private static double serverSeconds(JsonNode view) {
        if (!view.path("finishedAt").isTextual()) {
            return Double.NaN;
        }
        return Duration.between(OffsetDateTime.parse(view.path("createdAt").asText()),
                OffsetDateTime.parse(view.path("finishedAt").asText())).toNanos() / 1e9;
    }

    private static HttpResponse<String> expect(HttpResponse<String> response, int status) {
        if (response.statusCode() != status) {
            throw new IllegalStateException(response.request().method() + " " + response.uri() + " answered "
                    + response.statusCode() + ": " + response.body());
        }
        return response;
    }

    private static JsonNode json(HttpResponse<String> response) throws IOException {
        return JSON.readTree(response.body());
    }
}
