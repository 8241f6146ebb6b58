package kr.policy.checker.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Contract §15: traces are sent only when the operator names a collector. */
class OtelSwitchTest {
    private static String disabled(Map<String, String> properties, int ordinal) {
        SmallRyeConfig config = new SmallRyeConfigBuilder()
                .withSources(new PropertiesConfigSource(properties, "operator", ordinal))
                .withSources(new OtelSwitch()).build();
        return config.getRawValue(OtelSwitch.DISABLED);
    }

    @Test
    void offUnlessTheOperatorSetsAnEndpoint() {
        assertEquals("true", disabled(Map.of(), 300));
        assertEquals("false", disabled(Map.of(OtelSwitch.ENDPOINT, "http://collector:4317"), 300));
        assertEquals("false", disabled(Map.of(OtelSwitch.ENDPOINT, "http://collector:4317"), 250));
    }

    @Test
    void anExtensionsDefaultAddressIsNotTheOperatorsAndAnExplicitSettingWins() {
        assertEquals("true", disabled(Map.of(OtelSwitch.ENDPOINT, "http://localhost:4317"), 0));
        assertEquals("false", disabled(Map.of(OtelSwitch.DISABLED, "false"), 250));
    }

    /** Both config sources of the service are registered: the traces switch and the shared session key. */
    @Test
    void theServicesConfigSourcesAreAllRegistered() {
        java.util.Set<String> factories = new java.util.HashSet<>();
        java.util.ServiceLoader.load(io.smallrye.config.ConfigSourceFactory.class)
                .forEach(f -> factories.add(f.getClass().getName()));
        org.junit.jupiter.api.Assertions.assertTrue(factories.containsAll(java.util.Set.of(OtelSwitch.class.getName(),
                "kr.policy.checker.security.SharedSessionKeySource")), factories.toString());
    }
}
