package kr.policy.checker.bench.jmh;

import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.slf4j.LoggerFactory;

/**
 * Drools formats debug strings when its loggers are at DEBUG, and a bare JVM (no Quarkus configuration) starts with
 * everything at DEBUG; a run like that measures logging, not rules. The levels here are the service's
 * (application.properties): INFO, with org.drools and org.kie at WARN.
 */
final class LoggingCheck {
    /** Held strongly: java.util.logging forgets the level of a logger no one references. */
    private static final List<Logger> CONFIGURED = List.of(Logger.getLogger(""), Logger.getLogger("org.drools"),
            Logger.getLogger("org.kie"));

    private LoggingCheck() {
    }

    static void requireDroolsQuiet() {
        CONFIGURED.get(0).setLevel(Level.INFO);
        CONFIGURED.get(1).setLevel(Level.WARNING);
        CONFIGURED.get(2).setLevel(Level.WARNING);
        if (LoggerFactory.getLogger("org.drools.core").isDebugEnabled()
                || LoggerFactory.getLogger("org.kie.dmn").isDebugEnabled()) {
            throw new IllegalStateException("Drools logs at DEBUG in the benchmark JVM: the figures would be for "
                    + "logging; run with -Djava.util.logging.manager=org.jboss.logmanager.LogManager");
        }
    }
}
