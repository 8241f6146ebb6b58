package kr.policy.checker.ruleset;

import kr.policy.checker.engine.RuleFile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/** Reads the rules directory in a stable order and digests a rule set's files into its version. */
public final class RuleDirectory {
    private RuleDirectory() {
    }

    /** Every regular file, sorted by relative path; hidden files and editor backups are not rule files. */
    public static List<RuleFile> read(Path dir) throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(Files::isRegularFile)
                    .filter(p -> !isIgnored(dir.relativize(p)))
                    .map(p -> new RuleFile(relative(dir, p), readBytes(p)))
                    .sorted(Comparator.comparing(RuleFile::path))
                    .toList();
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /** {@code sha256:} + hex of SHA-256 over each file's path and bytes, in path order. */
    public static String digest(List<RuleFile> files) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (RuleFile f : files) {
                sha.update(f.path().getBytes(java.nio.charset.StandardCharsets.UTF_8));
                sha.update((byte) 0);
                sha.update(f.content());
                sha.update((byte) 0);
            }
            return "sha256:" + HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static boolean isIgnored(Path relative) {
        for (Path part : relative) {
            String name = part.toString();
            if (name.startsWith(".") || name.endsWith("~")) {
                return true;
            }
        }
        return false;
    }

    private static String relative(Path dir, Path file) {
        return dir.relativize(file).toString().replace('\\', '/');
    }

    private static byte[] readBytes(Path p) {
        try {
            return Files.readAllBytes(p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
