package academy.deploy;

import static academy.deploy.Obj.WORKLOADS;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * quarkus-kubernetes writes each service's target/kubernetes/kubernetes.yml from the
 * {@code quarkus.kubernetes.*} keys of its application.properties. k8s/base stays the source of
 * truth (docs/decisions/0005-generated-manifests.md): the generated Deployment and Service, the
 * base and the chart must run the same container (image, ports, probes, resources, environment
 * names and where each value comes from, mounts and volumes, pod user) behind the same Service.
 *
 * <p>Left out because quarkus.kubernetes.* cannot express them, so the base alone carries them:
 * replicas (the HPA's), the optional QUARKUS_* override ConfigMaps (envFrom), the preStop pause,
 * the termination grace, the container security context, seccomp, the /tmp size limit and the
 * service account token switch.
 */
class GeneratedManifestsAgreeTest {

    private static final List<String> PROBES = List.of("startupProbe", "livenessProbe", "readinessProbe");
    private static final List<String> SHOWN_LABELS = List.of("app.kubernetes.io/name", "app.kubernetes.io/component",
            "app.kubernetes.io/part-of", "app.kubernetes.io/version");

    @Test
    void eachServiceGeneratesTheContainerOfTheBaseAndTheChart() {
        var base = Manifests.kustomize("base");
        var chart = Manifests.helm(null);
        for (String service : WORKLOADS) {
            var generated = container(Manifests.generated(service), service);
            assertThat(generated).as("generated vs k8s/base, %s", service).isEqualTo(container(base, service));
            assertThat(generated).as("generated vs chart, %s", service).isEqualTo(container(chart, service));
        }
    }

    @Test
    void eachServiceGeneratesTheServiceSelectorsAndRolloutOfTheBase() {
        var base = Manifests.kustomize("base");
        for (String service : WORKLOADS) {
            var generated = Manifests.generated(service);
            assertThat(Obj.ofKind(generated, "Deployment").count()).as(service).isEqualTo(1);
            assertThat(Obj.ofKind(generated, "Service").count()).as(service).isEqualTo(1);
            assertThat(Obj.ofKind(generated, "ServiceMonitor").count())
                    .as("%s: monitoring lives in k8s/components/monitoring", service).isZero();
            assertThat(workload(generated, service)).as(service).isEqualTo(workload(base, service));
        }
    }

    @Test
    void theGeneratedEnvironmentAddsOnlyTheNamespace() {
        for (String service : WORKLOADS) {
            var container = Obj.container(Obj.forService(Manifests.generated(service), "Deployment", service).orElseThrow());
            var namespace = DeploymentChecks.envEntry(container, "KUBERNETES_NAMESPACE");
            assertThat(Obj.str(namespace, "valueFrom.fieldRef.fieldPath")).as(service).isEqualTo("metadata.namespace");
        }
    }

    @Test
    void theGraceCoversThePreStopPauseAndTheShutdownTimeout() {
        var base = Manifests.kustomize("base");
        for (String service : WORKLOADS) {
            var deployment = Obj.forService(base, "Deployment", service).orElseThrow();
            long grace = ((Number) Obj.podSpec(deployment).get("terminationGracePeriodSeconds")).longValue();
            var command = Obj.at(Obj.container(deployment), "lifecycle.preStop.exec.command");
            long preStop = Long.parseLong(((List<?>) command).get(1).toString());
            long shutdown = shutdownTimeout(service).toSeconds();
            assertThat(shutdown).as("%s: quarkus.shutdown.timeout is set", service).isPositive();
            assertThat(grace).as("%s: grace > preStop %d s + quarkus.shutdown.timeout %d s", service, preStop, shutdown)
                    .isGreaterThan(preStop + shutdown);
        }
    }

    /** What runs in the service's container, with names unprefixed and named ports resolved. */
    private static Map<String, Object> container(List<Map<String, Object>> objects, String service) {
        var deployment = Obj.forService(objects, "Deployment", service)
                .orElseThrow(() -> new AssertionError("no Deployment of " + service));
        var pod = Obj.podSpec(deployment);
        var container = Obj.container(deployment);
        var ports = Obj.list(container, "ports");
        Map<String, Object> shape = new LinkedHashMap<>();
        shape.put("image", container.get("image"));
        shape.put("imagePullPolicy", container.get("imagePullPolicy"));
        shape.put("ports", ports.stream().map(p -> p.get("name") + " " + p.get("containerPort") + "/"
                + p.getOrDefault("protocol", "TCP") + (p.containsKey("hostPort") ? " hostPort " + p.get("hostPort") : "")).toList());
        for (String probe : PROBES) {
            shape.put(probe, probe(Obj.map(container, probe), ports));
        }
        shape.put("resources", container.get("resources"));
        shape.put("env", Obj.list(container, "env").stream()
                .filter(e -> !"KUBERNETES_NAMESPACE".equals(e.get("name")))
                .collect(Collectors.toMap(e -> Obj.str(e, "name"), SourcesAgreeTest::source, (x, y) -> x, TreeMap::new)));
        shape.put("mounts", Obj.list(container, "volumeMounts").stream().collect(Collectors.toMap(
                m -> Obj.str(m, "mountPath"), m -> m.get("name") + (Boolean.TRUE.equals(m.get("readOnly")) ? " read-only" : ""),
                (x, y) -> x, TreeMap::new)));
        shape.put("volumes", Obj.list(pod, "volumes").stream().collect(Collectors.toMap(
                v -> Obj.str(v, "name"), GeneratedManifestsAgreeTest::volume, (x, y) -> x, TreeMap::new)));
        var security = Obj.map(pod, "securityContext");
        shape.put("podUser", List.of("runAsNonRoot", "runAsUser", "runAsGroup", "fsGroup").stream()
                .map(key -> key + "=" + security.get(key)).toList());
        var labels = Obj.map(deployment, "spec.template.metadata.labels");
        shape.put("podLabels", SHOWN_LABELS.stream().map(key -> key + "=" + labels.get(key)).toList());
        return shape;
    }

    /** The Deployment's selector and rollout and its Service, compared with the base's only (the chart's selectors carry the release). */
    private static Map<String, Object> workload(List<Map<String, Object>> objects, String service) {
        var deployment = Obj.forService(objects, "Deployment", service).orElseThrow();
        var k8sService = Obj.forService(objects, "Service", service).orElseThrow();
        var ports = Obj.list(Obj.container(deployment), "ports");
        Map<String, Object> shape = new LinkedHashMap<>();
        shape.put("selector", Obj.map(deployment, "spec.selector.matchLabels"));
        shape.put("strategy", Obj.str(deployment, "spec.strategy.type") + " maxSurge " + Obj.str(deployment, "spec.strategy.rollingUpdate.maxSurge")
                + " maxUnavailable " + Obj.str(deployment, "spec.strategy.rollingUpdate.maxUnavailable"));
        shape.put("serviceName", Obj.name(k8sService));
        shape.put("serviceType", Obj.str(k8sService, "spec.type"));
        shape.put("serviceSelector", Obj.map(k8sService, "spec.selector"));
        shape.put("servicePorts", Obj.list(k8sService, "spec.ports").stream().map(p -> p.get("name") + " " + p.get("port")
                + " -> " + resolve(p.get("targetPort"), ports) + "/" + p.getOrDefault("protocol", "TCP")).toList());
        return shape;
    }

    /** An HTTP probe with the API server's defaults filled in and its port as a number. */
    private static Map<String, Object> probe(Map<String, Object> probe, List<Map<String, Object>> ports) {
        Map<String, Object> shape = new TreeMap<>();
        shape.put("path", Obj.str(probe, "httpGet.path"));
        shape.put("port", resolve(Obj.at(probe, "httpGet.port"), ports));
        shape.put("scheme", orDefault(Obj.at(probe, "httpGet.scheme"), "HTTP"));
        shape.put("initialDelaySeconds", orDefault(probe.get("initialDelaySeconds"), 0));
        shape.put("periodSeconds", orDefault(probe.get("periodSeconds"), 10));
        shape.put("timeoutSeconds", orDefault(probe.get("timeoutSeconds"), 1));
        shape.put("successThreshold", orDefault(probe.get("successThreshold"), 1));
        shape.put("failureThreshold", orDefault(probe.get("failureThreshold"), 3));
        return shape;
    }

    /** A port given by name ("http") as the container port it names. */
    private static String resolve(Object port, List<Map<String, Object>> ports) {
        if (port instanceof String name && !name.chars().allMatch(Character::isDigit)) {
            return ports.stream().filter(p -> name.equals(p.get("name"))).map(p -> String.valueOf(p.get("containerPort")))
                    .findFirst().orElse("unknown port " + name);
        }
        return String.valueOf(port);
    }

    private static String volume(Map<String, Object> volume) {
        // Unset defaultMode is 0644 (420) for both kinds.
        Function<String, Object> mode = path -> orDefault(Obj.at(volume, path), 420);
        if (volume.containsKey("secret")) {
            return "secret " + SourcesAgreeTest.unprefixed(Obj.str(volume, "secret.secretName")) + " mode " + mode.apply("secret.defaultMode");
        }
        if (volume.containsKey("configMap")) {
            return "configMap " + SourcesAgreeTest.unprefixed(Obj.str(volume, "configMap.name")) + " mode " + mode.apply("configMap.defaultMode");
        }
        // The size limit of /tmp is the base's alone (quarkus.kubernetes.* has no key for it).
        return volume.containsKey("emptyDir") ? "emptyDir" : "other " + volume;
    }

    private static Object orDefault(Object value, Object fallback) {
        return value == null ? fallback : value;
    }

    /** quarkus.shutdown.timeout of a service: its application.properties, else the shared http-edge defaults. */
    private static Duration shutdownTimeout(String service) {
        String key = "quarkus.shutdown.timeout";
        String value = properties(Manifests.ROOT.resolve(service).resolve("src/main/resources/application.properties")).getProperty(key);
        if (value == null) {
            value = properties(Manifests.ROOT.resolve("http-edge/src/main/resources/META-INF/microprofile-config.properties")).getProperty(key);
        }
        if (value == null) {
            return Duration.ZERO;
        }
        String text = value.trim().toUpperCase(Locale.ROOT);
        return Duration.parse(text.startsWith("P") ? text : "PT" + text);
    }

    private static Properties properties(Path file) {
        var properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }
}
