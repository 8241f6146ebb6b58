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
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The deployment files cannot all run here (no container engine, no cluster), so they are kept valid by reading
 * them: the compose file's services and their wiring, the Kubernetes objects and their probes, the image definition.
 * .ci/run also checks deploy/haproxy.cfg with `haproxy -c`.
 */
class DeploymentFilesTest {
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final ObjectMapper JSON = new ObjectMapper();

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
        for (String key : List.of("CHECKER_BOOTSTRAP_ADMIN_API_KEY", "QUARKUS_HTTP_AUTH_SESSION_ENCRYPTION_KEY")) {
            assertTrue(secret.has(key), key);
        }
        assertTrue(kind(objects, "ConfigMap").at("/data/CHECKER_DB_URL").asText().startsWith("jdbc:postgresql://"));
        JsonNode service = kind(objects, "Service");
        assertEquals(deployment.at("/spec/selector/matchLabels"), service.at("/spec/selector"));
        assertEquals("http", service.at("/spec/ports/0/targetPort").asText());
        assertEquals(deployment.at("/spec/selector/matchLabels"), deployment.at("/spec/template/metadata/labels"));
    }

    /** The database on CloudNativePG: three instances, one synchronous replica, its app secret wired in. */
    @Test
    void kubernetesRunsPostgresOnCloudNativePgWithItsCredentialsWiredAndMonitoring() throws IOException {
        List<JsonNode> objects = k8s();
        JsonNode cluster = kind(objects, "Cluster");
        assertEquals("postgresql.cnpg.io/v1", cluster.get("apiVersion").asText());
        assertEquals(3, cluster.at("/spec/instances").asInt());
        assertTrue(cluster.at("/spec/postgresql/synchronous/number").asInt() >= 1, "a synchronous replica");
        String database = cluster.at("/spec/bootstrap/initdb/database").asText();
        String appSecret = cluster.at("/metadata/name").asText() + "-app";
        JsonNode container = kind(objects, "Deployment").at("/spec/template/spec/containers/0");
        Map<String, JsonNode> env = new java.util.HashMap<>();
        container.get("env").forEach(e -> env.put(e.get("name").asText(), e));
        for (String[] wired : new String[][] {{"CHECKER_DB_USER", "username"}, {"CHECKER_DB_PASSWORD", "password"}}) {
            assertEquals(appSecret, env.get(wired[0]).at("/valueFrom/secretKeyRef/name").asText(), wired[0]);
            assertEquals(wired[1], env.get(wired[0]).at("/valueFrom/secretKeyRef/key").asText(), wired[0]);
        }
        assertEquals("jdbc:postgresql://" + cluster.at("/metadata/name").asText() + "-rw:5432/" + database,
                kind(objects, "ConfigMap").at("/data/CHECKER_DB_URL").asText());

        JsonNode labels = kind(objects, "Deployment").at("/spec/selector/matchLabels");
        JsonNode monitor = kind(objects, "PodMonitor");
        assertEquals(labels, monitor.at("/spec/selector/matchLabels"));
        assertEquals("/q/metrics", monitor.at("/spec/podMetricsEndpoints/0/path").asText());
        assertEquals("http", monitor.at("/spec/podMetricsEndpoints/0/port").asText());
        JsonNode budget = kind(objects, "PodDisruptionBudget");
        assertEquals(labels, budget.at("/spec/selector/matchLabels"));
        assertEquals(1, budget.at("/spec/minAvailable").asInt());
    }

    /** Alerts and the dashboard use only series the service exports (MetricsTest reads them from /q/metrics). */
    @Test
    void prometheusAlertsAndTheDashboardUseTheServicesSeries() throws IOException {
        JsonNode config = YAML.readTree(Path.of("deploy/prometheus/prometheus.yml").toFile());
        assertEquals("alerts.yml", config.at("/rule_files/0").asText());
        assertEquals("/q/metrics", config.at("/scrape_configs/0/metrics_path").asText());
        JsonNode rules = YAML.readTree(Path.of("deploy/prometheus/alerts.yml").toFile()).at("/groups/0/rules");
        Map<String, String> alerts = new java.util.HashMap<>();
        rules.forEach(r -> alerts.put(r.get("alert").asText(), r.get("expr").asText()));
        assertTrue(alerts.get("CheckerInstanceNotOnDesiredVersion").contains("checker_rule_set_behind"));
        assertTrue(alerts.get("CheckerDailyJobFailing").contains("checker_daily_job_failures_total"));
        assertTrue(alerts.get("CheckerWebhookBacklog").contains("15 * 60"));
        assertTrue(alerts.get("CheckerServerErrors").contains("status=~\"5..\""));
        assertTrue(alerts.get("CheckerNotReady").contains("kube_pod_status_ready"));
        assertTrue(alerts.get("CheckerHorizonNear").contains("< 30"));
        StringBuilder expressions = new StringBuilder(String.join("\n", alerts.values()));

        JsonNode dashboard = JSON.readTree(Path.of("deploy/grafana/policy-checker.json").toFile());
        List<String> titles = new ArrayList<>();
        for (JsonNode panel : dashboard.get("panels")) {
            titles.add(panel.get("title").asText());
            panel.get("targets").forEach(t -> expressions.append('\n').append(t.get("expr").asText()));
        }
        for (String topic : List.of("Evaluations by domain and outcome", "latency", "version per instance",
                "Daily job", "Webhooks")) {
            assertTrue(titles.stream().anyMatch(t -> t.contains(topic)), topic + " in " + titles);
        }
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("checker_[a-z_]+").matcher(expressions);
        while (m.find()) {
            assertTrue(SERIES.contains(m.group()), m.group() + " is not a series of the service");
        }
    }

    /** What /q/metrics serves of the service's own (MetricsTest checks them there). */
    private static final java.util.Set<String> SERIES = java.util.Set.of("checker_evaluations_total",
            "checker_evaluation_seconds_bucket", "checker_evaluation_seconds_count", "checker_evaluation_seconds_sum",
            "checker_rule_set_info", "checker_rule_set_behind", "checker_rule_set_adoption_errors_total",
            "checker_rule_horizon_days", "checker_daily_job_runs_total", "checker_daily_job_failures_total",
            "checker_daily_job_last_success_seconds", "checker_webhook_deliveries_pending",
            "checker_webhook_oldest_pending_seconds", "checker_webhook_deliveries_sent_total",
            "checker_webhook_deliveries_failed_total", "checker_group_commit_size_sum",
            "checker_group_commit_size_count", "checker_rate_limit_refusals_total", "checker_simulations_running");

    private static List<JsonNode> k8s() throws IOException {
        List<JsonNode> objects = new ArrayList<>();
        try (var files = Files.list(Path.of("deploy/k8s"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList()) {
                objects.add(YAML.readTree(f.toFile()));
            }
        }
        return objects;
    }

    @Test
    void theImageRunsTheQuarkusAppWithTheRulesOnPostgres() throws IOException {
        String docker = Files.readString(Path.of("src/main/docker/Dockerfile.jvm"));
        assertTrue(docker.contains("COPY --chown=185 target/quarkus-app/lib/ /deployments/lib/"));
        assertTrue(docker.contains("COPY --chown=185 rules/ /deployments/rules/"));
        assertTrue(docker.contains("QUARKUS_PROFILE=pg") && docker.contains("QUARKUS_HTTP_HOST=0.0.0.0"));
        assertTrue(docker.contains("EXPOSE 8080"));
        // the package's launcher starts it (its JVM options), and writes the class-data archive where a volume keeps it
        assertTrue(docker.contains("ENTRYPOINT [ \"/deployments/policy-checker\" ]"));
        assertTrue(docker.contains("target/quarkus-app/policy-checker"));
        assertTrue(docker.contains("CHECKER_CLASS_DATA_FILE=/deployments/class-data/app-cds.jsa"));
        String k8s = Files.readString(Path.of("deploy/k8s/deployment.yaml"));
        assertTrue(k8s.contains("mountPath: /deployments/class-data") && k8s.contains("name: CHECKER_CLASS_DATA_FILE"));
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
