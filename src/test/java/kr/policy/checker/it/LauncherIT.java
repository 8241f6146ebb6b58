package kr.policy.checker.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The production launcher, as an operator runs it from the project directory: it finds the rules there, keeps its
 * data (and the compiled rules) where it is told, uses the class-data archive built with the package, and a second
 * start answers the same from the compiled-rule cache.
 */
class LauncherIT {
    private static final Path LAUNCHER = Path.of("target/quarkus-app/policy-checker");
    private static final String CASE = """
            {"track": "FIRM_REQUEST", "startDate": "2024-09-02", "asOf": "2024-09-30"}""";
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    @TempDir
    Path data;

    @Test
    void startsFromThePackageAndAnswersTheSameFromItsCompiledRules() throws Exception {
        assertTrue(Files.isExecutable(LAUNCHER), "package the application first (mvn verify does)");
        String first = startEvaluateAndStop("first", "");
        try (Stream<Path> cached = Files.list(data.resolve("rule-cache"))) {
            assertEquals(kr.policy.checker.domain.Domains.all().size(),
                    cached.filter(p -> p.toString().endsWith(".kjar")).count(), "one compiled jar per domain");
        }
        Path classes = data.resolve("classes.txt");
        String second = startEvaluateAndStop("second", "-Xlog:class+load:file=" + classes);
        assertEquals(first, second);
        // a warm start reads no spreadsheet and compiles nothing: the tables' DRL comes from the cache too
        java.util.List<String> loaded = Files.readAllLines(classes);
        for (String compilerSide : java.util.List.of("org.apache.poi.", "org.drools.decisiontable.",
                "org.drools.drl.parser.", "com.github.javaparser.", "org.eclipse.jdt.")) {
            assertEquals(java.util.List.of(), loaded.stream().filter(l -> l.contains(" " + compilerSide)).limit(3)
                    .toList(), "a warm start loads no " + compilerSide);
        }
        // the build's archive comes from a real start: it holds what runs after static init (Flyway's migration)
        assertTrue(loaded.stream().anyMatch(l -> l.contains(" org.flywaydb.core.Flyway ")
                && l.contains("shared objects file")), "Flyway's classes come from the class-data archive");
        String log = Files.readString(data.resolve("second.log"));
        assertFalse(log.contains("Unable to use shared archive"), "the class-data archive is used:\n" + log);
        assertTrue(log.contains("loaded from " + Path.of("rules").toAbsolutePath()), "rules found from the start directory");
    }

    private String startEvaluateAndStop(String name, String javaOptions) throws Exception {
        int port = PackagedService.freePort();
        ProcessBuilder builder = new ProcessBuilder(LAUNCHER.toString()).redirectErrorStream(true)
                .redirectOutput(data.resolve(name + ".log").toFile());
        builder.environment().put("CHECKER_DATA_DIR", data.toString());
        builder.environment().put("QUARKUS_HTTP_PORT", Integer.toString(port));
        builder.environment().put("JAVA_OPTS", "-Dchecker.clock.today=2024-10-01 " + javaOptions);
        builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
        Process service = builder.start();
        try {
            PackagedService.awaitReady(http, port, service);
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(
                            URI.create("http://127.0.0.1:" + port + "/api/v1/evaluations/regulation-review"))
                    .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(CASE))
                    .build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, r.statusCode(), r.body());
            return r.body();
        } finally {
            service.destroy();
            service.waitFor();
        }
    }

}
