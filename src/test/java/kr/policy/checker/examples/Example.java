package kr.policy.checker.examples;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** One file of examples/&lt;domain&gt;/: a case, and the outcome and key dates (or the refusal) it must get. */
public record Example(String domain, String name, String description, JsonNode input, JsonNode expected) {
    private static final ObjectMapper JSON = new ObjectMapper();

    public boolean expectsRefusal() {
        return expected.has("status");
    }

    @Override
    public String toString() {
        return domain + "/" + name;
    }

    public static List<Example> all() {
        try (Stream<Path> files = Files.walk(Path.of("examples"))) {
            return files.filter(p -> p.toString().endsWith(".json")).sorted().map(Example::read).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Example read(Path file) {
        try {
            JsonNode node = JSON.readTree(file.toFile());
            return new Example(file.getParent().getFileName().toString(),
                    file.getFileName().toString().replace(".json", ""),
                    node.path("description").asText(), node.get("input"), node.get("expected"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
