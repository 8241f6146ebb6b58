package kr.policy.checker.ruleset;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.stream.Stream;

/** A private copy of the project's rules directory that a test may edit. */
public final class RulesCopy {
    private RulesCopy() {
    }

    public static Path of(Path target) {
        Path source = Path.of("rules");
        try (Stream<Path> walk = Files.walk(source)) {
            for (Path p : (Iterable<Path>) walk::iterator) {
                Path to = target.resolve(source.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(to);
                } else {
                    Files.copy(p, to, StandardCopyOption.REPLACE_EXISTING);
                }
            }
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Path temporary() {
        try {
            return of(Files.createTempDirectory("rules-copy"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Replaces the first occurrence of {@code from} in a file of the copy, failing if it is not there. */
    public static void edit(Path dir, String file, String from, String to) {
        Path p = dir.resolve(file);
        try {
            String text = Files.readString(p);
            if (!text.contains(from)) {
                throw new IllegalArgumentException(file + " does not contain: " + from);
            }
            Files.writeString(p, text.replaceFirst(java.util.regex.Pattern.quote(from),
                    java.util.regex.Matcher.quoteReplacement(to)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
