package academy.deploy;

import static academy.deploy.Obj.SERVICES;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.marcnuri.helm.Helm;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The chart beyond the shared checks: lint, its guards, its switches, its test pods. */
class HelmChartTest {

    @Test
    void chartLintsStrictly() {
        var lint = new Helm(Manifests.CHART).lint().strict().call();
        assertThat(lint.isFailed()).as(String.join("\n", lint.getMessages())).isFalse();
        assertThat(lint.getMessages()).noneMatch(m -> m.contains("[ERROR]") || m.contains("[WARNING]"));
    }

    @Test
    void testPodsCallEachServiceHealthEndpoint() {
        var objects = Manifests.parse(Manifests.helmTemplate(null, Map.of("tests.hook", false)));
        var pods = Obj.ofKind(objects, "Pod").toList();
        assertThat(pods).hasSize(SERVICES.size());
        for (String service : SERVICES) {
            var pod = pods.stream().filter(p -> (service + "-test").equals(Obj.label(p, "app.kubernetes.io/name")))
                    .findFirst().orElseThrow();
            assertThat(ModelValidation.problems(pod)).isEmpty();
            assertThat(Obj.str(pod, "spec.restartPolicy")).isEqualTo("Never");
            assertThat(Obj.at(Obj.container(pod), "args")).asList()
                    .contains("--fail", "http://" + Manifests.RELEASE + "-" + service + ":8080/health");
            assertThat(Obj.at(pod, "spec.securityContext.runAsNonRoot")).isEqualTo(true);
        }
        // The network policy lets the test pods in.
        var inbound = Obj.ofKind(objects, "NetworkPolicy").filter(p -> Obj.name(p).endsWith("api-ingress")).findFirst().orElseThrow();
        assertThat(Obj.list(Obj.list(inbound, "spec.ingress").get(0), "from"))
                .anySatisfy(peer -> assertThat(Obj.map(peer, "podSelector.matchLabels"))
                        .containsEntry("app.kubernetes.io/component", "helm-test"));
    }

    @Test
    void theChartRefusesTheLatestTag() {
        assertThatThrownBy(() -> Manifests.helmTemplate(null, Map.of("image.tag", "latest")))
                .hasMessageContaining("latest: pin the project version");
        assertThatThrownBy(() -> Manifests.helmTemplate(null, Map.of("services.course-service.image.tag", "latest")))
                .hasMessageContaining("course-service");
    }

    @Test
    void aMisspelledValueIsRefusedByTheSchema() {
        assertThatThrownBy(() -> Manifests.helmTemplate(null, Map.of("serviceDefaults.autoscalling.enabled", false)))
                .hasMessageContaining("autoscalling");
        assertThatThrownBy(() -> Manifests.helmTemplate(null, Map.of("services.billing-service.enabled", true)))
                .hasMessageContaining("billing-service");
    }

    @Test
    void theChartRefusesAutoscalingBeyondTheConnectionBudget() {
        // values-prod: 5 x (50 + 1) x (4 + 2) + 30 = 1560 connections.
        assertThatThrownBy(() -> Manifests.helmTemplate("values-prod.yaml", Map.of("connectionBudget.maxConnections", 1559)))
                .hasMessageContaining("connection budget exceeded: the services may open 1560");
        assertThat(Manifests.helmTemplate("values-prod.yaml", Map.of("connectionBudget.maxConnections", 1560))).isNotBlank();
    }

    @Test
    void anExternalDatabaseNeedsItsUrlWhenTheChartWritesTheSecrets() {
        assertThatThrownBy(() -> Manifests.helmTemplate(null, Map.of("postgresql.enabled", false)))
                .hasMessageContaining("secrets.databaseUrl is required");
        var objects = Manifests.parse(Manifests.helmTemplate(null, Map.of("postgresql.enabled", false,
                "secrets.databaseUrl", "postgresql://academy:pw@db.internal:5432/academy")));
        assertThat(Obj.ofKind(objects, "StatefulSet").map(Obj::name)).containsExactly("academy-redis");
        var secret = Obj.named(objects, "Secret", "academy-course-service-secrets").orElseThrow();
        assertThat(Obj.str(secret, "stringData.DATABASE_URL")).isEqualTo("postgresql://academy:pw@db.internal:5432/academy");
        assertThat(Obj.map(secret, "stringData")).containsOnlyKeys("DATABASE_URL", "REDIS_URL");
    }

    @Test
    void tracingIsOffByDefaultAndTheValuesTurnItOnForEveryService() {
        var defaults = Obj.named(Manifests.helm(null), "ConfigMap", "academy-config").orElseThrow();
        assertThat(Obj.str(defaults, "data.OTEL_SDK_DISABLED")).isEqualTo("true");
        var objects = Manifests.parse(Manifests.helmTemplate(null, Map.of(
                "tracing.enabled", true, "tracing.otlpEndpoint", "http://otel-collector.monitoring:4317")));
        var config = Obj.named(objects, "ConfigMap", "academy-config").orElseThrow();
        assertThat(Obj.str(config, "data.OTEL_SDK_DISABLED")).isEqualTo("false");
        assertThat(Obj.str(config, "data.OTEL_EXPORTER_OTLP_ENDPOINT")).isEqualTo("http://otel-collector.monitoring:4317");
        for (String service : SERVICES) {
            var container = Obj.container(Obj.forService(objects, "Deployment", service).orElseThrow());
            for (String name : List.of("OTEL_SDK_DISABLED", "OTEL_EXPORTER_OTLP_ENDPOINT")) {
                assertThat(SourcesAgreeTest.source(DeploymentChecks.envEntry(container, name)))
                        .as("%s %s", service, name).isEqualTo("configmap config " + name);
            }
        }
        var egress = Obj.ofKind(objects, "NetworkPolicy").filter(p -> Obj.name(p).endsWith("api-egress")).findFirst().orElseThrow();
        assertThat(Obj.list(egress, "spec.egress")).anySatisfy(rule ->
                assertThat(Obj.list(rule, "ports")).containsExactly(Map.of("port", 4317, "protocol", "TCP")));
        assertThatThrownBy(() -> Manifests.helmTemplate(null, Map.of("tracing.enabled", true)))
                .hasMessageContaining("tracing.otlpEndpoint is required");
    }

    @Test
    void quarkusOverridesReachEveryService() {
        var objects = Manifests.parse(Manifests.helmTemplate(null, Map.of(
                "config.quarkusOverrides.QUARKUS_LOG_LEVEL", "DEBUG",
                "services.projector-service.quarkusOverrides.QUARKUS_HTTP_LIMITS_MAX_BODY_SIZE", "64K")));
        for (String service : SERVICES) {
            var container = Obj.container(Obj.forService(objects, "Deployment", service).orElseThrow());
            assertThat(Obj.list(container, "envFrom")).extracting(e -> Obj.str(e, "configMapRef.name"))
                    .containsExactly("academy-overrides", "academy-" + service + "-overrides");
        }
        assertThat(Obj.str(Obj.named(objects, "ConfigMap", "academy-overrides").orElseThrow(), "data.QUARKUS_LOG_LEVEL"))
                .isEqualTo("DEBUG");
        assertThat(Obj.named(objects, "ConfigMap", "academy-projector-service-overrides")).isPresent();
        assertThat(Obj.named(objects, "ConfigMap", "academy-user-service-overrides")).isEmpty();
    }

    @Test
    void withAutoscalingOffTheDeploymentCarriesReplicas() {
        var objects = Manifests.parse(Manifests.helmTemplate(null, Map.of(
                "services.learning-service.autoscaling.enabled", false, "services.learning-service.replicaCount", 4)));
        assertThat(Obj.at(Obj.forService(objects, "Deployment", "learning-service").orElseThrow(), "spec.replicas")).isEqualTo(4);
        assertThat(Obj.forService(objects, "HorizontalPodAutoscaler", "learning-service")).isEmpty();
        assertThat(Obj.forService(objects, "HorizontalPodAutoscaler", "course-service")).isPresent();
    }

    @Test
    void rulesAndDashboardsInKustomizeAreTheChartsOwn() throws Exception {
        var chartGroups = Obj.list(Manifests.readYaml(Manifests.CHART.resolve("files/prometheus-rules.yaml")), "groups");
        var k8sRule = Manifests.readYaml(Manifests.K8S.resolve("components/monitoring/prometheus-rule.yaml"));
        assertThat(Obj.list(k8sRule, "spec.groups")).isEqualTo(chartGroups);
        try (Stream<java.nio.file.Path> files = Files.list(Manifests.CHART.resolve("dashboards"))) {
            List<java.nio.file.Path> dashboards = files.sorted().toList();
            assertThat(dashboards).hasSize(2);
            for (var dashboard : dashboards) {
                var copy = Manifests.K8S.resolve("components/monitoring/dashboards").resolve(dashboard.getFileName());
                assertThat(Manifests.read(copy)).as(copy.toString()).isEqualTo(Manifests.read(dashboard));
            }
        }
    }
}
