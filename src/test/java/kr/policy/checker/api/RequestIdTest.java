package kr.policy.checker.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.jboss.logmanager.ExtLogRecord;
import org.junit.jupiter.api.Test;

/** Contract §15: a request id on every answer and in the log lines written while the request is served. */
@QuarkusTest
class RequestIdTest {
    @Test
    void aCallersIdIsEchoedAndAMissingOrUnsafeOneIsReplaced() {
        given().header("X-Request-Id", "lb-7f3a.42").get("/api/v1/rulesets").then()
                .header("X-Request-Id", equalTo("lb-7f3a.42"));
        given().get("/self-check").then().header("X-Request-Id", matchesPattern("[0-9a-f]{16}"));
        given().header("X-Request-Id", "x\" injected=\"y").get("/api/v1/rulesets").then()
                .header("X-Request-Id", matchesPattern("[0-9a-f]{16}"));
    }

    @Test
    void tracesAreOffWithoutACollector() {
        org.junit.jupiter.api.Assertions.assertEquals(Boolean.TRUE, org.eclipse.microprofile.config.ConfigProvider
                .getConfig().getValue("quarkus.otel.sdk.disabled", Boolean.class));
    }

    @Test
    void logLinesWrittenWhileARequestIsServedCarryItsId() {
        List<String> ids = new CopyOnWriteArrayList<>();
        Handler capture = new Handler() {
            @Override
            public void publish(LogRecord record) {
                if (record instanceof ExtLogRecord ext && record.getLoggerName().startsWith("kr.policy.checker")) {
                    ids.add(String.valueOf(ext.getMdc("requestId")));
                }
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        Logger root = Logger.getLogger("");
        root.addHandler(capture);
        try {
            // a reload of the rules in service logs "rule set … reloaded" on the request's worker thread
            given().header("X-API-Key", TestKeys.ADMIN).header("X-Request-Id", "reload-trace-1")
                    .post("/api/v1/rulesets/reload").then().statusCode(200);
        } finally {
            root.removeHandler(capture);
        }
        assertTrue(ids.contains("reload-trace-1"), ids.toString());
    }
}
