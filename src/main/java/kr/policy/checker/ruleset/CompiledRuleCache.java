package kr.policy.checker.ruleset;

import kr.policy.checker.engine.RuleFile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.drools.base.util.Drools;

/**
 * Compiled rule bases (executable-model jars) and the DRL generated from decision tables, on disk, one file per key,
 * so that a start or a reload whose rule files are unchanged loads compiled classes instead of compiling, and reads no
 * spreadsheet. The key covers everything an entry depends on: the files (paths and bytes), the Drools version, the
 * Java version and the application build (whose fact classes the generated code calls, and whose table compiler
 * checked the cells). An entry is never trusted blindly: its bytes carry their own SHA-256, and one that does not
 * match, or does not load, is deleted and rebuilt. The directory keeps the {@code maxEntries} most recently written
 * of each kind; older versions of the rules (for replays) stay until pushed out, and one pushed out is compiled again
 * when asked for.
 */
public final class CompiledRuleCache {
    private static final System.Logger LOG = System.getLogger(CompiledRuleCache.class.getName());
    /** Bumped when the way entries are built or stored changes. */
    private static final String FORMAT = "executable-model-1";
    private static final String SUFFIX = ".kjar";
    /** A decision table's generated DRL: text, so that an operator can read what a spreadsheet became. */
    private static final String TABLE_SUFFIX = ".table.drl";
    private static final int DIGEST_BYTES = 32;

    private final Path dir;
    private final String buildId;
    private final int maxEntries;

    private CompiledRuleCache(Path dir, String buildId, int maxEntries) {
        this.dir = dir;
        this.buildId = buildId;
        this.maxEntries = maxEntries;
    }

    /** A cache in {@code dir} for the application build {@code buildId}. */
    public static CompiledRuleCache in(Path dir, String buildId, int maxEntries) {
        if (maxEntries < 1) {
            throw new IllegalArgumentException("a cache keeps at least one entry");
        }
        return new CompiledRuleCache(dir, buildId, maxEntries);
    }

    /** No cache: every load compiles. */
    public static CompiledRuleCache none() {
        return new CompiledRuleCache(null, "", 0);
    }

    boolean enabled() {
        return dir != null;
    }

    /** The key of one domain's compiled rules. */
    String key(String domain, List<RuleFile> drls) {
        return domain + "-" + digest(domain, drls);
    }

    /** The key of the DRL generated from one decision table of a domain. */
    String tableKey(String domain, RuleFile xlsx) {
        return domain + "-" + digest(domain + "/table", List.of(xlsx));
    }

    private String digest(String scope, List<RuleFile> files) {
        MessageDigest sha = sha256();
        // only code the rule-code policy passed is ever cached; a narrower policy compiles (and checks) it again
        for (String part : List.of(FORMAT, Drools.getFullVersion(), System.getProperty("java.specification.version"),
                buildId, "policy-" + RuleCodeAllowlist.VERSION, scope)) {
            sha.update(part.getBytes(StandardCharsets.UTF_8));
            sha.update((byte) 0);
        }
        for (RuleFile f : files) {
            sha.update(f.path().getBytes(StandardCharsets.UTF_8));
            sha.update((byte) 0);
            sha.update(f.content());
            sha.update((byte) 0);
        }
        return HexFormat.of().formatHex(sha.digest(), 0, 20);
    }

    /** The entry's jar, if there is one and it is intact; a damaged entry is deleted. */
    Optional<byte[]> read(String key) {
        return read(key, SUFFIX);
    }

    /** A table's generated DRL, if there is one and it is intact; a damaged entry is deleted. */
    Optional<byte[]> readTable(String key) {
        return read(key, TABLE_SUFFIX);
    }

    /** Stores an entry (written aside, then moved into place) and pushes out the oldest beyond the limit. */
    void write(String key, byte[] jar) {
        write(key, SUFFIX, jar);
    }

    /** Stores a table's generated DRL. */
    void writeTable(String key, byte[] drl) {
        write(key, TABLE_SUFFIX, drl);
    }

    private Optional<byte[]> read(String key, String suffix) {
        if (!enabled()) {
            return Optional.empty();
        }
        Path file = dir.resolve(key + suffix);
        byte[] stored;
        try {
            stored = Files.readAllBytes(file);
        } catch (java.nio.file.NoSuchFileException absent) {
            return Optional.empty();
        } catch (IOException e) {
            LOG.log(System.Logger.Level.WARNING, "compiled rules " + file + " unreadable; compiling: " + e);
            return Optional.empty();
        }
        if (stored.length <= DIGEST_BYTES || !Arrays.equals(Arrays.copyOf(stored, DIGEST_BYTES),
                sha256().digest(Arrays.copyOfRange(stored, DIGEST_BYTES, stored.length)))) {
            LOG.log(System.Logger.Level.WARNING, "compiled rules " + file + " damaged; compiling them again");
            discard(key, suffix);
            return Optional.empty();
        }
        return Optional.of(Arrays.copyOfRange(stored, DIGEST_BYTES, stored.length));
    }

    private void write(String key, String suffix, byte[] bytes) {
        if (!enabled()) {
            return;
        }
        try {
            Files.createDirectories(dir);
            Path tmp = Files.createTempFile(dir, key, ".tmp");
            try {
                Files.write(tmp, concat(sha256().digest(bytes), bytes));
                move(tmp, dir.resolve(key + suffix));
            } finally {
                Files.deleteIfExists(tmp);
            }
            evictBeyondLimit(suffix);
        } catch (IOException | UncheckedIOException e) {
            // a cache that cannot be written only costs the next start its compile
            LOG.log(System.Logger.Level.WARNING, "compiled rules not cached in " + dir + ": " + e);
        }
    }

    /** Deletes an entry that could not be used. */
    void discard(String key) {
        discard(key, SUFFIX);
    }

    private void discard(String key, String suffix) {
        if (enabled()) {
            try {
                Files.deleteIfExists(dir.resolve(key + suffix));
            } catch (IOException e) {
                LOG.log(System.Logger.Level.WARNING, "cannot delete compiled rules " + key + ": " + e);
            }
        }
    }

    private void evictBeyondLimit(String suffix) throws IOException {
        List<Path> entries;
        try (Stream<Path> files = Files.list(dir)) {
            entries = files.filter(p -> p.getFileName().toString().endsWith(suffix))
                    .sorted(Comparator.comparing(CompiledRuleCache::written).reversed()).toList();
        }
        for (Path old : entries.subList(Math.min(maxEntries, entries.size()), entries.size())) {
            Files.deleteIfExists(old);
        }
    }

    private static FileTime written(Path p) {
        try {
            return Files.getLastModifiedTime(p);
        } catch (IOException e) {
            return FileTime.fromMillis(0);
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
