package kr.policy.checker.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The deployment files cannot all run here (no container engine, no cluster), so they are kept valid by reading
 * them: the compose file's services and their wiring, the Kubernetes objects and their probes, the image definition.
 * .ci/run also checks deploy/haproxy.cfg with `haproxy -c`.
 */
class DeploymentFilesTest {
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    @Test
    void composeRunsTwoInstancesOnOnePostgresBehindTheLoadBalancer() throws IOException {
        JsonNode compose = YAML.readTree(Path.of("deploy/docker-compose.yml").toFile());
        JsonNode services = compose.get("services");
        assertEquals(List.of("db", "checker-1", "checker-2", "lb"), names(services));
        for (String instance : List.of("checker-1", "checker-2")) {
            JsonNode env = services.get(instance).get("environment");
            assertEquals("jdbc:postgresql://db:5432/checker", env.get("CHECKER_DB_URL").asText(), instance);
            assertEquals(instance, env.get("CHECKER_INSTANCE_NAME").asText());
            assertTrue(env.has("CHECKER_BOOTSTRAP_ADMIN_API_KEY") && env.has("QUARKUS_HTTP_AUTH_SESSION_ENCRYPTION_KEY"));
            assertEquals("service_healthy", services.get(instance).at("/depends_on/db/condition").asText());
        }
        assertEquals("src/main/docker/Dockerfile.jvm", services.at("/checker-1/build/dockerfile").asText());
        assertTrue(services.at("/lb/volumes/0").asText().startsWith("./haproxy.cfg:"));
        String haproxy = Files.readString(Path.of("deploy/haproxy.cfg"));
        assertTrue(haproxy.contains("server checker-1 checker-1:8080") && haproxy.contains("server checker-2 checker-2:8080"));
        assertTrue(haproxy.contains("balance roundrobin") && haproxy.contains("GET /q/health/ready"));
    }

    @Test
    void kubernetesRunsTwoReplicasWithProbesConfigAndSecrets() throws IOException {
        List<JsonNode> objects = new ArrayList<>();
        try (var files = Files.list(Path.of("deploy/k8s"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList()) {
                objects.add(YAML.readTree(f.toFile()));
            }
        }
        JsonNode deployment = kind(objects, "Deployment");
        assertEquals(2, deployment.at("/spec/replicas").asInt());
        JsonNode container = deployment.at("/spec/template/spec/containers/0");
        assertEquals("/q/health/ready", container.at("/readinessProbe/httpGet/path").asText());
        assertEquals("/q/health/live", container.at("/livenessProbe/httpGet/path").asText());
        assertEquals("policy-checker", container.at("/envFrom/0/configMapRef/name").asText());
        assertEquals("policy-checker", container.at("/envFrom/1/secretRef/name").asText());
        JsonNode secret = kind(objects, "Secret").get("stringData");
        for (String key : List.of("CHECKER_DB_PASSWORD", "CHECKER_BOOTSTRAP_ADMIN_API_KEY",
                "QUARKUS_HTTP_AUTH_SESSION_ENCRYPTION_KEY")) {
            assertTrue(secret.has(key), key);
        }
        assertTrue(kind(objects, "ConfigMap").at("/data/CHECKER_DB_URL").asText().startsWith("jdbc:postgresql://"));
        JsonNode service = kind(objects, "Service");
        assertEquals(deployment.at("/spec/selector/matchLabels"), service.at("/spec/selector"));
        assertEquals("http", service.at("/spec/ports/0/targetPort").asText());
        assertEquals(deployment.at("/spec/selector/matchLabels"), deployment.at("/spec/template/metadata/labels"));
    }

    @Test
    void theImageRunsTheQuarkusAppWithTheRulesOnPostgres() throws IOException {
        String docker = Files.readString(Path.of("src/main/docker/Dockerfile.jvm"));
        assertTrue(docker.contains("COPY --chown=185 target/quarkus-app/lib/ /deployments/lib/"));
        assertTrue(docker.contains("COPY --chown=185 rules/ /deployments/rules/"));
        assertTrue(docker.contains("QUARKUS_PROFILE=pg") && docker.contains("QUARKUS_HTTP_HOST=0.0.0.0"));
        assertTrue(docker.contains("EXPOSE 8080"));
    }

    private static List<String> names(JsonNode object) {
        List<String> names = new ArrayList<>();
        object.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static JsonNode kind(List<JsonNode> objects, String kind) {
        return objects.stream().filter(o -> kind.equals(o.path("kind").asText())).findFirst()
                .orElseThrow(() -> new AssertionError("no " + kind + " in deploy/k8s"));
    }
}
