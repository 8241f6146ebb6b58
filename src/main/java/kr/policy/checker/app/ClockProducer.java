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
 * The one clock of the application, in Asia/Seoul. {@code checker.clock.today} pins it to the start of a date
 * (tests, demos); otherwise it is the system clock.
 */
@ApplicationScoped
public class ClockProducer {
    public static final ZoneId SEOUL = ZoneId.of("Asia/Seoul");

    @Produces
    @Singleton
    Clock clock(@ConfigProperty(name = "checker.clock.today") Optional<LocalDate> pinnedToday) {
        return pinnedToday
                .map(day -> Clock.fixed(day.atStartOfDay(SEOUL).toInstant(), SEOUL))
                .orElseGet(() -> Clock.system(SEOUL));
    }
}
