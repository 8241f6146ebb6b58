package kr.policy.checker.app;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** Which build of the application is running: its version and when it was built (checker-build.properties). */
public final class BuildInfo {
    private static final String RESOURCE = "checker-build.properties";

    private BuildInfo() {
    }

    /** Version and build time, e.g. "1.0.0-SNAPSHOT built 2026-11-30T10:59:12Z". */
    public static String id() {
        Properties p = new Properties();
        try (InputStream in = BuildInfo.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the build");
            }
            p.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p.getProperty("version") + " built " + p.getProperty("built");
    }
}
