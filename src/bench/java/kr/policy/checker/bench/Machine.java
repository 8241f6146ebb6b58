package kr.policy.checker.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;

/** Where and when the figures were taken: they mean little without it. */
record Machine(String when, String cpu, int cores, String memory, String kernel, String java, String wrk) {

    static Machine describe() throws IOException, InterruptedException {
        String when = ZonedDateTime.now(ZoneId.of("Asia/Seoul")).format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm z"));
        String cpu = Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(l -> l.startsWith("model name"))
                .findFirst().map(l -> l.substring(l.indexOf(':') + 1).trim()).orElse("unknown");
        String memory = Files.readAllLines(Path.of("/proc/meminfo")).stream().filter(l -> l.startsWith("MemTotal"))
                .findFirst().map(l -> Math.round(Long.parseLong(l.replaceAll("[^0-9]", "")) / 1024.0 / 1024.0) + " GiB")
                .orElse("unknown");
        String kernel = Files.readString(Path.of("/proc/sys/kernel/osrelease")).trim();
        String java = System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version");
        return new Machine(when, cpu, Runtime.getRuntime().availableProcessors(), memory, kernel, java, wrkVersion());
    }

    /** wrk's version line; the parts that do not load with wrk run without it. */
    private static String wrkVersion() throws IOException, InterruptedException {
        Process p;
        try {
            p = new ProcessBuilder("wrk", "-v").redirectErrorStream(true).start();
        } catch (IOException notInstalled) {
            return "no wrk";
        }
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor();
        return out.lines().findFirst().orElse("wrk").split(" \\[")[0].trim();
    }
}
