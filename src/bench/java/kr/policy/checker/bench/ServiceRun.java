package kr.policy.checker.bench;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Parts 2 and 3 for one way of starting: start-up to the first 200 and the first evaluation (a cold start on a fresh
 * data directory, which compiles the rules and fills the compiled-rule cache, then warm starts on the same
 * directory), then on the last start wrk against liveness and evaluations at 16 and 64 connections, evaluations with
 * a key, batches of 10,000 and 100,000, and memory after each.
 */
final class ServiceRun {
    static final String LIVENESS = "/q/health/live";
    static final String KEYED = "evaluation with a key (stored)";
    static final String BATCH_DOMAIN = "permit-timeout";
    static final int[] CONNECTIONS = {16, 64};
    static final int[] BATCH_SIZES = {10_000, 100_000};

    record Startup(boolean warm, double millisToLive, double millisToEvaluation, ServiceProcess.Memory afterStart) {
    }

    record Figures(String label, ServiceProcess.Build build, ServiceProcess.Start how, List<String> jvmOptions, List<Startup> startups,
                   List<Wrk.Figures> load,
                   List<BatchRun.Figures> batches, ServiceProcess.Memory afterLoad) {
    }

    private final boolean quick;
    private final Path outDir;
    private final boolean jfr;

    ServiceRun(boolean quick, Path outDir, boolean jfr) {
        this.quick = quick;
        this.outDir = outDir;
        this.jfr = jfr;
    }

    Figures run(String label, ServiceProcess.Start how, List<String> jvmOptions)
            throws IOException, InterruptedException {
        return run(label, ServiceProcess.Build.H2, how, jvmOptions);
    }

    /** As above for either build; the PostgreSQL one gets an empty database first, so its first start is cold too. */
    Figures run(String label, ServiceProcess.Build build, ServiceProcess.Start how, List<String> jvmOptions)
            throws IOException, InterruptedException {
        List<String> options = new ArrayList<>(jvmOptions);
        if (jfr) {
            options.add("-XX:StartFlightRecording=filename=" + outDir.resolve(slug(label) + ".jfr").toAbsolutePath()
                    + ",settings=profile");
        }
        int starts = quick ? 2 : 4;
        Path data = freshDataDirectory(slug(label));
        String database = build == ServiceProcess.Build.POSTGRESQL ? BenchDatabase.fresh("bench_" + slug(label)) : null;
        List<Startup> startups = new ArrayList<>();
        for (int i = 1; i <= starts; i++) {
            ServiceProcess service = ServiceProcess.launch(build, database, how, options, freePort(), data,
                    outDir.resolve("service-" + slug(label) + "-" + i + ".log"));
            startups.add(startup(service, i > 1));
            if (i < starts) {
                service.close();
                continue;
            }
            try (service) {
                List<Wrk.Figures> load = load(service);
                List<BatchRun.Figures> batches = batches(service);
                ServiceProcess.Memory afterLoad = service.memory();
                if (!service.alive()) {
                    throw new IllegalStateException(label + ": the service died under load; see its log");
                }
                return new Figures(label, build, how, jvmOptions, startups, load, batches, afterLoad);
            }
        }
        throw new AssertionError("unreachable");
    }

    private Path freshDataDirectory(String name) throws IOException {
        return freshDataDirectory(outDir, name);
    }

    /** An empty data directory: no database and no compiled rules, so the first start is cold. */
    static Path freshDataDirectory(Path outDir, String name) throws IOException {
        // absolute: H2 takes a bare relative path for a remote database name
        Path data = outDir.resolve("data").resolve(name).toAbsolutePath();
        if (Files.exists(data)) {
            try (var files = Files.walk(data)) {
                for (Path f : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.delete(f);
                }
            }
        }
        return Files.createDirectories(data);
    }

    private static Startup startup(ServiceProcess service, boolean warm) throws IOException, InterruptedException {
        double live = service.millisToFirst200(LIVENESS);
        double evaluation = service.millisToFirstEvaluation(Bodies.evaluationPath("reshoring-subsidy"),
                Bodies.single("reshoring-subsidy"));
        Thread.sleep(1000);
        return new Startup(warm, live, evaluation, service.memory());
    }

    private List<Wrk.Figures> load(ServiceProcess service) throws IOException, InterruptedException {
        Path script = Bodies.wrkScript(outDir);
        String live = service.uri(LIVENESS).toString();
        String evaluations = service.uri("").toString();
        int seconds = quick ? 3 : 15;
        List<Wrk.Figures> out = new ArrayList<>();
        // on two cores the JIT needs about a minute of load to settle: the first minute is reported on its own
        out.add(Wrk.run("evaluation, first minute", evaluations, 16, quick ? 2 : 60, script));
        Wrk.run("warm-up", live, 16, quick ? 2 : 5, null);
        for (int connections : CONNECTIONS) {
            out.add(requireNoFailures(Wrk.run("liveness", live, connections, seconds, null)));
            out.add(requireNoFailures(Wrk.run("evaluation", evaluations, connections, seconds, script)));
        }
        // with a key every evaluation is also stored (one insert per request), on a worker thread
        Path keyed = Bodies.wrkScript(outDir, "evaluations-keyed.lua", service.issuePartnerKey());
        Wrk.run("warm-up", evaluations, 16, quick ? 1 : 10, keyed);
        out.add(requireNoFailures(Wrk.run(KEYED, evaluations, 16, seconds, keyed)));
        return out;
    }

    private static Wrk.Figures requireNoFailures(Wrk.Figures figures) {
        if (figures.failures() > 0) {
            throw new IllegalStateException(figures.target() + " at " + figures.connections() + " connections: "
                    + figures.failures() + " failed requests");
        }
        return figures;
    }

    private List<BatchRun.Figures> batches(ServiceProcess service) throws IOException, InterruptedException {
        List<BatchRun.Figures> out = new ArrayList<>();
        for (int size : BATCH_SIZES) {
            byte[] body = Bodies.batch(BATCH_DOMAIN, size);
            int runs = quick ? 1 : 3;
            for (int i = 0; i < runs; i++) {
                out.add(BatchRun.run(service, BATCH_DOMAIN, body, size));
            }
        }
        return out;
    }

    static String slug(String label) {
        return label.replaceAll("[^A-Za-z0-9]+", "-").replaceAll("^-|-$", "");
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
