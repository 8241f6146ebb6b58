package kr.policy.checker.app;

import io.smallrye.config.ConfigSourceContext;
import io.smallrye.config.ConfigSourceFactory;
import io.smallrye.config.ConfigValue;
import io.smallrye.config.PropertiesConfigSource;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.spi.ConfigSource;

/**
 * Contract §15: traces go out only where the operator names a collector. Turns the OpenTelemetry SDK off unless
 * {@code quarkus.otel.exporter.otlp.endpoint} is set by the operator (environment, system property or
 * application.properties; the extension's own default address does not count). An explicit
 * {@code quarkus.otel.sdk.disabled} still wins: this source ranks below every source an operator writes.
 */
public class OtelSwitch implements ConfigSourceFactory {
    static final String ENDPOINT = "quarkus.otel.exporter.otlp.endpoint";
    static final String DISABLED = "quarkus.otel.sdk.disabled";
    /** Below application.properties (250), .env (295), the environment (300) and system properties (400). */
    private static final int ORDINAL = 150;

    @Override
    public Iterable<ConfigSource> getConfigSources(ConfigSourceContext context) {
        ConfigValue endpoint = context.getValue(ENDPOINT);
        boolean named = endpoint != null && endpoint.getValue() != null && !endpoint.getValue().isBlank()
                && endpoint.getConfigSourceOrdinal() >= ORDINAL;
        return List.of(new PropertiesConfigSource(Map.of(DISABLED, Boolean.toString(!named)), "OtelSwitch", ORDINAL));
    }
}
