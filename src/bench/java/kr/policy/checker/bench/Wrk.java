package kr.policy.checker.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Load from wrk (a second process on loopback), its summary read back: throughput, p50, p99 and failures. */
final class Wrk {
    record Figures(String target, int connections, int seconds, double requestsPerSecond, double p50Millis,
                   double p99Millis, long requests, long failures) {
    }

    private static final Pattern RATE = Pattern.compile("Requests/sec:\\s+([0-9.]+)");
    private static final Pattern TOTAL = Pattern.compile("(\\d+) requests in");
    private static final Pattern NON_2XX = Pattern.compile("Non-2xx or 3xx responses:\\s+(\\d+)");
    private static final Pattern ERRORS = Pattern.compile("Socket errors: connect (\\d+), read (\\d+), write (\\d+), timeout (\\d+)");

    private Wrk() {
    }

    static void requireInstalled() throws IOException, InterruptedException {
        if (new ProcessBuilder("sh", "-c", "command -v wrk").start().waitFor() != 0) {
            throw new IllegalStateException("wrk is not installed: apt-get install -y wrk");
        }
    }

    /** Runs wrk with 2 threads; with a Lua script when the target is a POST. */
    static Figures run(String target, String url, int connections, int seconds, Path script)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("wrk", "-t2", "-c" + connections, "-d" + seconds + "s",
                "--latency", "--timeout", "10s"));
        if (script != null) {
            command.add("-s");
            command.add(script.toString());
        }
        command.add(url);
        Process wrk = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(wrk.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (wrk.waitFor() != 0) {
            throw new IllegalStateException("wrk failed: " + out);
        }
        return new Figures(target, connections, seconds, number(RATE, out), percentile(out, "50"),
                percentile(out, "99"), (long) number(TOTAL, out), failures(out));
    }

    private static long failures(String out) {
        long failures = 0;
        Matcher non2xx = NON_2XX.matcher(out);
        if (non2xx.find()) {
            failures += Long.parseLong(non2xx.group(1));
        }
        Matcher errors = ERRORS.matcher(out);
        if (errors.find()) {
            for (int i = 1; i <= 4; i++) {
                failures += Long.parseLong(errors.group(i));
            }
        }
        return failures;
    }

    private static double number(Pattern pattern, String out) {
        Matcher m = pattern.matcher(out);
        if (!m.find()) {
            throw new IllegalStateException("wrk printed no " + pattern + ":\n" + out);
        }
        return Double.parseDouble(m.group(1));
    }

    /** A line of wrk's latency distribution, e.g. "     99%    2.10ms", in milliseconds. */
    private static double percentile(String out, String percent) {
        Matcher m = Pattern.compile("^\\s+" + percent + "%\\s+([0-9.]+)(us|ms|s)\\s*$", Pattern.MULTILINE).matcher(out);
        if (!m.find()) {
            throw new IllegalStateException("wrk printed no " + percent + "% latency:\n" + out);
        }
        double value = Double.parseDouble(m.group(1));
        return switch (m.group(2)) {
            case "us" -> value / 1000;
            case "s" -> value * 1000;
            default -> value;
        };
    }
}
