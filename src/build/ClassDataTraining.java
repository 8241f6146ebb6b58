import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Writes the package's class-data archive (quarkus-app/app-cds.jsa) from a real start: the packaged service is started
 * by its launcher (once to compile the rules, then warm with -XX:ArchiveClassesAtExit), answers every example once in
 * Korean and in English and serves its pages and health, then stops; the JVM archives every class it loaded. Quarkus' own archive stops before
 * the application starts (before Flyway, Hibernate's queries, the rules and the first answer), so it holds about a
 * third of the classes a start loads.
 *
 * <p>Run by the build (pom.xml, phase package) as a source file on the package's own libraries:
 * {@code java -cp 'target/quarkus-app/lib/main/*' src/build/ClassDataTraining.java <quarkus-app> <rules> <examples> <work>
 * [profile]}.
 * Only a build on the JVM that will run the package should write it: another JVM ignores the archive with a warning.
 *
 * <p>A PostgreSQL package (profile {@code pg}) starts only against its database ({@code CHECKER_DB_URL},
 * {@code CHECKER_DB_USER}, {@code CHECKER_DB_PASSWORD}, as at run time). Where none answers (a pipeline that builds the
 * image), the package is built without an archive and its launcher writes one at the package's first normal stop
 * (docs/operations.md, "Class data").
 */
public final class ClassDataTraining {
    private static final Pattern LISTENING = Pattern.compile("Listening on: (http://[^\\s,]+)");
    private static final Duration START = Duration.ofSeconds(180);
    private static final ObjectMapper JSON = new ObjectMapper();

    public static void main(String[] args) throws Exception {
        Path app = Path.of(args[0]).toAbsolutePath();
        Path rules = Path.of(args[1]).toAbsolutePath();
        Path examples = Path.of(args[2]).toAbsolutePath();
        Path work = Path.of(args[3]).toAbsolutePath();
        String profile = args.length > 4 ? args[4] : "prod";
        Path archive = app.resolve("app-cds.jsa");
        Files.deleteIfExists(archive);
        if ("pg".equals(profile)) {
            String unanswered = databaseUnanswered();
            if (unanswered != null) {
                System.out.println("class-data training: no archive at build, the database does not answer ("
                        + unanswered + "); the launcher archives the classes at the package's first normal stop");
                return;
            }
        }
        deleteTree(work);
        Files.createDirectories(work);
        // the first start compiles the rules into the data directory's cache; the second, archived, is a warm start
        // like every later one, so the archive holds no compiler or spreadsheet classes that a warm start never loads
        run(app, rules, examples, work, work.resolve("cold.log"), "");
        run(app, rules, examples, work, work.resolve("warm.log"), "-XX:ArchiveClassesAtExit=" + archive);
        if (!Files.isRegularFile(archive) || Files.size(archive) == 0) {
            throw new IllegalStateException("no class-data archive was written; see " + work.resolve("warm.log"));
        }
        System.out.printf("class-data training: %s, %.1f MiB%n", archive, Files.size(archive) / 1048576.0);
    }

    /** Why the PostgreSQL package's database does not answer, or null when it does. */
    private static String databaseUnanswered() {
        String url = System.getenv().getOrDefault("CHECKER_DB_URL", "jdbc:postgresql://127.0.0.1:5432/checker");
        String user = System.getenv().getOrDefault("CHECKER_DB_USER", "checker");
        String password = System.getenv().getOrDefault("CHECKER_DB_PASSWORD", "");
        DriverManager.setLoginTimeout(5);
        try (Connection ignored = DriverManager.getConnection(url, user, password)) {
            return null;
        } catch (SQLException e) {
            return url + ": " + e.getMessage();
        }
    }

    /** One start of the packaged service by its launcher, exercised, then stopped. */
    private static void run(Path app, Path rules, Path examples, Path work, Path log, String javaOptions)
            throws IOException, InterruptedException {
        ProcessBuilder launcher = new ProcessBuilder(app.resolve("policy-checker").toString())
                .directory(work.toFile()).redirectErrorStream(true).redirectOutput(log.toFile());
        launcher.environment().put("CHECKER_RULES_DIR", rules.toString());
        launcher.environment().put("CHECKER_DATA_DIR", work.resolve("data").toString());
        // the launcher's own archiving at a first run is left out: this training writes the archive itself
        launcher.environment().put("CHECKER_CLASS_DATA", "off");
        launcher.environment().put("JAVA_OPTS", javaOptions + " -Dquarkus.http.host=127.0.0.1 -Dquarkus.http.port=0");
        Process service = launcher.start();
        try {
            URI base = URI.create(listeningOn(log, service) + "/");
            System.out.println("class-data training: " + exercise(base, examples) + " answers (" + log + ")");
        } finally {
            // a normal exit (SIGTERM, the shutdown hooks) is when the JVM writes the archive
            service.destroy();
            if (!service.waitFor(120, TimeUnit.SECONDS)) {
                service.destroyForcibly();
                throw new IllegalStateException("the service did not stop; see " + log);
            }
        }
    }

    /** The address the service printed once it listens. */
    private static String listeningOn(Path log, Process service) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + START.toNanos();
        while (System.nanoTime() < deadline) {
            Matcher m = LISTENING.matcher(Files.readString(log));
            if (m.find()) {
                return m.group(1);
            }
            if (!service.isAlive()) {
                throw new IllegalStateException("the service stopped while starting; see " + log);
            }
            Thread.sleep(100);
        }
        throw new IllegalStateException("the service did not start within " + START + "; see " + log);
    }

    /** Every example of every domain, in both languages, and the pages and health; returns the evaluations answered. */
    private static int exercise(URI base, Path examples) throws IOException, InterruptedException {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        int answered = 0;
        List<Path> files;
        try (Stream<Path> all = Files.walk(examples)) {
            files = all.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
        for (Path file : files) {
            JsonNode input = JSON.readTree(file.toFile()).path("input");
            String domain = examples.relativize(file).getName(0).toString();
            for (String language : List.of("ko", "en")) {
                HttpResponse<Void> r = http.send(HttpRequest.newBuilder(base.resolve("api/v1/evaluations/" + domain))
                        .header("Content-Type", "application/json").header("Accept-Language", language)
                        .POST(HttpRequest.BodyPublishers.ofString(input.toString())).build(),
                        HttpResponse.BodyHandlers.discarding());
                answered += r.statusCode() == 200 ? 1 : 0;
            }
        }
        for (String path : List.of("", "?lang=en", "q/health/ready", "q/health/live", "q/metrics", "clerk/login",
                "api/v1/rulesets", "q/openapi")) {
            http.send(HttpRequest.newBuilder(base.resolve(path)).build(), HttpResponse.BodyHandlers.discarding());
        }
        if (answered == 0) {
            throw new IllegalStateException("the service answered no example");
        }
        return answered;
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path p : all.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
