package kr.policy.checker.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** A key written twice in a message file silently keeps the last text: no file may do that. */
class MessageFilesTest {
    @Test
    void noMessageFileDefinesAKeyTwice() throws Exception {
        List<String> twice = new ArrayList<>();
        try (Stream<Path> files = Stream.concat(Files.walk(Path.of("src/main/resources/messages")),
                Files.walk(Path.of("rules")))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".properties")).toList()) {
                Set<String> keys = new HashSet<>();
                for (String line : Files.readAllLines(f)) {
                    String l = line.strip();
                    if (l.isEmpty() || l.startsWith("#") || !l.contains("=")) {
                        continue;
                    }
                    String key = l.substring(0, l.indexOf('=')).strip();
                    if (!keys.add(key)) {
                        twice.add(f + ": " + key);
                    }
                }
            }
        }
        assertEquals(List.of(), twice);
    }
}
