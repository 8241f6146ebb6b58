package kr.policy.checker.app;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The one clock of the application, in Asia/Seoul. {@code checker.clock.today} sets it to the start of that date at
 * start-up, from where it runs on (tests and demos get a fixed day, and timers such as webhook retries still move);
 * otherwise it is the system clock.
 */
@ApplicationScoped
public class ClockProducer {
    public static final ZoneId SEOUL = ZoneId.of("Asia/Seoul");

    @Produces
    @Singleton
    Clock clock(@ConfigProperty(name = "checker.clock.today") Optional<LocalDate> pinnedToday) {
        Clock system = Clock.system(SEOUL);
        return pinnedToday
                .map(day -> Clock.offset(system,
                        java.time.Duration.between(system.instant(), day.atStartOfDay(SEOUL).toInstant())))
                .orElse(system);
    }
}
