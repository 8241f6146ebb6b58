package kr.policy.checker.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * A packaged service started as an operator would — with the launcher, or with java -jar — on loopback, with its own
 * data directory (the compiled-rule cache, and H2's files for the H2 build) and no rate limit; timed from launch to
 * its first 200, its resident memory read from /proc, its metaspace and loaded classes from jcmd.
 */
final class ServiceProcess implements AutoCloseable {
    /** How the service is started: its launcher (JVM options through JAVA_OPTS), or java [options] -jar. */
    enum Start { LAUNCHER, JAR }

    /**
     * Which package: the default build on embedded H2 (target/quarkus-app), or the PostgreSQL build
     * (target/pg-app, which mvn -Pbench builds too) on a database of its own, made empty for the run.
     */
    enum Build {
        H2("target/quarkus-app"), POSTGRESQL("target/pg-app");

        final Path jar;
        final Path launcher;

        Build(String directory) {
            this.jar = Path.of(directory, "quarkus-run.jar");
            this.launcher = Path.of(directory, "policy-checker");
        }
    }
    /** A cold start compiles the rules: on a busy 2-core machine that alone has taken half a minute. */
    private static final Duration START_LIMIT = Duration.ofSeconds(180);

    final int port;
    private final Process process;
    private final long launchedNanos;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    private ServiceProcess(int port, Process process, long launchedNanos) {
        this.port = port;
        this.process = process;
        this.launchedNanos = launchedNanos;
    }

    /** The bootstrap admin key of every service started here: it only ever listens on loopback, for one run. */
    static final String ADMIN_KEY = "bench-admin-" + java.util.UUID.randomUUID();

    /** The H2 build; {@code database} is null for it, the JDBC URL of an empty database for the PostgreSQL one. */
    static ServiceProcess launch(Start how, List<String> jvmOptions, int port, Path dataDir, Path log)
            throws IOException {
        return launch(Build.H2, null, how, jvmOptions, port, dataDir, log);
    }

    static ServiceProcess launch(Build build, String database, Start how, List<String> jvmOptions, int port,
                                 Path dataDir, Path log) throws IOException {
        if (!Files.isRegularFile(build.jar) || !Files.isExecutable(build.launcher)) {
            throw new IllegalStateException(build.jar + " or its launcher is missing: run the benchmarks with "
                    + "mvn -Pbench verify");
        }
        List<String> command = new ArrayList<>();
        if (how == Start.LAUNCHER) {
            command.add(build.launcher.toString());
        } else {
            command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
            command.addAll(jvmOptions);
            command.add("-jar");
            command.add(build.jar.toString());
        }
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(log.toFile());
        if (how == Start.LAUNCHER) {
            builder.environment().put("JAVA_OPTS", String.join(" ", jvmOptions));
            builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
        }
        builder.environment().put("QUARKUS_HTTP_HOST", "127.0.0.1");
        builder.environment().put("QUARKUS_HTTP_PORT", Integer.toString(port));
        builder.environment().put("CHECKER_DATA_DIR", dataDir.toString());
        builder.environment().put("CHECKER_RATE_LIMIT_REQUESTS_PER_MINUTE", "0");
        builder.environment().put("CHECKER_BOOTSTRAP_ADMIN_API_KEY", ADMIN_KEY);
        if (build == Build.POSTGRESQL) {
            builder.environment().put("CHECKER_DB_URL", database);
            builder.environment().put("CHECKER_DB_USER", BenchDatabase.USER);
            builder.environment().put("CHECKER_DB_PASSWORD", BenchDatabase.PASSWORD);
        }
        long start = System.nanoTime();
        return new ServiceProcess(port, builder.start(), start);
    }

    URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    /** Polls the path until it answers 200; returns milliseconds since launch. */
    double millisToFirst200(String path) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(2)).build();
        while (System.nanoTime() - launchedNanos < START_LIMIT.toNanos()) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the service stopped during start-up; see its log");
            }
            try {
                if (http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return (System.nanoTime() - launchedNanos) / 1e6;
                }
            } catch (IOException notListeningYet) {
                // keep polling
            }
            Thread.sleep(5);
        }
        throw new IllegalStateException("no 200 from " + path + " within " + START_LIMIT);
    }

    /** Sends one POST and returns milliseconds since launch when its 200 arrived. */
    double millisToFirstEvaluation(String path, String body) throws IOException, InterruptedException {
        HttpResponse<String> response = post(path, body);
        if (response.statusCode() != 200) {
            throw new IllegalStateException("first evaluation answered " + response.statusCode() + ": "
                    + response.body());
        }
        return (System.nanoTime() - launchedNanos) / 1e6;
    }

    HttpResponse<String> post(String path, String body) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** A request with the bootstrap admin key; {@code body} null for a GET (or a DELETE when so named). */
    HttpResponse<String> admin(String method, String path, String body) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).header("X-API-Key", ADMIN_KEY)
                .timeout(Duration.ofMinutes(5));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        request.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(body));
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** A partner key issued through the admin API, for the keyed (stored) evaluations. */
    String issuePartnerKey() throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(uri("/api/v1/admin/api-keys"))
                .header("Content-Type", "application/json").header("X-API-Key", ADMIN_KEY)
                .POST(HttpRequest.BodyPublishers.ofString(
                        // its own quota, above what the load can reach: the benchmark measures the service, not the limit
                        "{\"name\": \"benchmark\", \"role\": \"PARTNER\", \"organization\": \"benchmark\", "
                                + "\"requestsPerMinute\": 1000000}"))
                .build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 201 && response.statusCode() != 200) {
            throw new IllegalStateException("issuing a key answered " + response.statusCode() + ": " + response.body());
        }
        return new com.fasterxml.jackson.databind.ObjectMapper().readTree(response.body()).path("key").asText();
    }

    /** Resident set size now (VmRSS) and at its peak (VmHWM), in MiB; committed metaspace (MiB) and loaded classes. */
    Memory memory() throws IOException, InterruptedException {
        double rss = Double.NaN;
        double peak = Double.NaN;
        for (String line : Files.readAllLines(Path.of("/proc", Long.toString(process.pid()), "status"))) {
            if (line.startsWith("VmRSS:")) {
                rss = kibToMib(line);
            } else if (line.startsWith("VmHWM:")) {
                peak = kibToMib(line);
            }
        }
        String metaspace = jcmd("VM.metaspace");
        String loaders = jcmd("VM.classloader_stats");
        return new Memory(rss, peak, number(metaspace, "(?m)^\\s*Both:.*?([0-9.]+) MB \\(\\s*[0-9<>]+%\\) committed", 1),
                number(loaders, "(?m)^Total = \\d+\\s+(\\d+)", 1));
    }

    record Memory(double rssMib, double peakMib, double metaspaceMib, double classes) {
    }

    /** Java heap in use and committed, MiB. */
    record Heap(double usedMib, double committedMib) {
    }

    private static final java.util.regex.Pattern COMMITTED = java.util.regex.Pattern.compile(
            "(?m)^\\s*(?:garbage-first heap|def new generation|tenured generation|PSYoungGen|ParOldGen)"
                    + "\\s+total (\\d+)K");
    private static final java.util.regex.Pattern LIVE = java.util.regex.Pattern.compile("(?m)^Total\\s+\\d+\\s+(\\d+)");

    /**
     * The live heap: the total of the class histogram ({@code jcmd GC.class_histogram}, counted in the pause of a
     * full collection, so allocation going on around it is not included, as it would be in a {@code GC.heap_info}
     * taken after a {@code GC.run}), and the committed heap. The histogram's first lines and its total are kept in
     * {@code histogram}, to tell afterwards what the heap held.
     */
    Heap liveHeap(Path histogram) throws IOException, InterruptedException {
        String classes = jcmd("GC.class_histogram");
        List<String> lines = classes.lines().toList();
        List<String> kept = new ArrayList<>(lines.subList(0, Math.min(43, lines.size())));
        lines.stream().filter(l -> l.startsWith("Total")).forEach(kept::add);
        Files.writeString(histogram, String.join("\n", kept) + "\n");
        double live = number(classes, LIVE.pattern(), 1) / (1024.0 * 1024.0);
        java.util.regex.Matcher m = COMMITTED.matcher(jcmd("GC.heap_info"));
        double committed = 0;
        while (m.find()) {
            committed += Long.parseLong(m.group(1)) / 1024.0;
        }
        return new Heap(live, committed == 0 ? Double.NaN : committed);
    }

    /**
     * Resets the peak resident set size (VmHWM) to the current one, so a later {@link #memory()} shows the peak of
     * what came since; false where the kernel does not allow it (then the peak is the process's whole life).
     */
    boolean resetPeakRss() {
        try {
            Files.writeString(Path.of("/proc", Long.toString(process.pid()), "clear_refs"), "5");
            return true;
        } catch (IOException notAllowed) {
            return false;
        }
    }

    private String jcmd(String command) throws IOException, InterruptedException {
        Path jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd");
        Process p = new ProcessBuilder(jcmd.toString(), Long.toString(process.pid()), command)
                .redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        p.waitFor();
        return out;
    }

    private static double number(String text, String regex, int group) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile(regex).matcher(text);
        return m.find() ? Double.parseDouble(m.group(group)) : Double.NaN;
    }

    private static double kibToMib(String statusLine) {
        return Long.parseLong(statusLine.replaceAll("[^0-9]", "")) / 1024.0;
    }

    boolean alive() {
        return process.isAlive();
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(20, java.util.concurrent.TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
        }
    }
}
