package kr.policy.checker.notify;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class BackoffTest {
    @Test
    void thirtySecondsDoublingToAnHour() {
        WebhookDispatcher d = new WebhookDispatcher();
        d.backoffBase = Duration.ofSeconds(30);
        d.backoffMax = Duration.ofHours(1);
        assertEquals(Duration.ofSeconds(30), d.backoff(1));
        assertEquals(Duration.ofSeconds(60), d.backoff(2));
        assertEquals(Duration.ofSeconds(1920), d.backoff(7));
        assertEquals(Duration.ofHours(1), d.backoff(8));
        assertEquals(Duration.ofHours(1), d.backoff(40));
    }
}
