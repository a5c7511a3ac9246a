package academy.deploy;

import static academy.deploy.Obj.WORKLOADS;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * k8s/base is the hand-written source of truth; the overlays and the chart must describe the
 * same pods: images, ports, probes, environment (names and where each value comes from),
 * mounts, security and drain settings, and per profile the same scale and configuration.
 */
class SourcesAgreeTest {

    private static final String PREFIX = Manifests.RELEASE + "-";

    @Test
    void overlaysAndChartRunTheSamePodsAsTheBase() {
        var base = Manifests.kustomize("base");
        Map<String, List<Map<String, Object>>> others = new LinkedHashMap<>();
        others.put("overlay dev", Manifests.kustomize("overlays/dev"));
        others.put("overlay prod", Manifests.kustomize("overlays/prod"));
        others.put("chart defaults", Manifests.helm(null));
        others.put("chart dev", Manifests.helm("values-dev.yaml"));
        others.put("chart prod", Manifests.helm("values-prod.yaml"));
        for (String service : WORKLOADS) {
            var expected = podShape(base, service);
            others.forEach((name, objects) ->
                    assertThat(podShape(objects, service)).as("%s, %s", name, service).isEqualTo(expected));
        }
    }

    @Test
    void eachProfileHasTheSameScaleResourcesAndSettingsInKustomizeAndTheChart() {
        assertSameProfile(Manifests.kustomize("base"), Manifests.helm(null));
        assertSameProfile(Manifests.kustomize("overlays/dev"), Manifests.helm("values-dev.yaml"));
        assertSameProfile(Manifests.kustomize("overlays/prod"), Manifests.helm("values-prod.yaml"));
    }

    @Test
    void theBaseIngressAndTheChartIngressFollowTheRouteTable() {
        for (var objects : List.of(Manifests.kustomize("base"), Manifests.helm(null))) {
            var paths = Obj.list(Obj.list(Obj.ofKind(objects, "Ingress").findFirst().orElseThrow(), "spec.rules").get(0), "http.paths");
            var routes = paths.stream().map(p -> new Route(Obj.str(p, "path"),
                    Obj.str(p, "backend.service.name").replaceFirst("^" + PREFIX, ""))).toList();
            assertThat(routes).containsExactlyElementsOf(Route.table());
        }
        var chartRoutes = Obj.list(Manifests.readYaml(Manifests.CHART.resolve("values.yaml")), "ingress.routes").stream()
                .map(r -> new Route(Obj.str(r, "prefix"), Obj.str(r, "service"))).toList();
        assertThat(chartRoutes).containsExactlyElementsOf(Route.table());
    }

    private static void assertSameProfile(List<Map<String, Object>> kustomize, List<Map<String, Object>> chart) {
        for (String service : WORKLOADS) {
            for (String kind : List.of("HorizontalPodAutoscaler", "PodDisruptionBudget")) {
                var a = Obj.map(Obj.forService(kustomize, kind, service).orElseThrow(), "spec");
                var b = Obj.map(Obj.forService(chart, kind, service).orElseThrow(), "spec");
                assertThat(withoutNames(b)).as("%s %s", kind, service).isEqualTo(withoutNames(a));
            }
            var a = Obj.container(Obj.forService(kustomize, "Deployment", service).orElseThrow());
            var b = Obj.container(Obj.forService(chart, "Deployment", service).orElseThrow());
            assertThat(b.get("resources")).as("resources of %s", service).isEqualTo(a.get("resources"));
        }
        var configA = config(kustomize);
        var configB = config(chart);
        assertThat(Obj.map(configB, "data")).isEqualTo(Obj.map(configA, "data"));
        assertThat(Obj.map(configB, "metadata.annotations")).isEqualTo(Obj.map(configA, "metadata.annotations"));
    }

    private static Map<String, Object> config(List<Map<String, Object>> objects) {
        return Obj.ofKind(objects, "ConfigMap").filter(c -> Obj.map(c, "data").containsKey("DB_POOL_SIZE")).findFirst().orElseThrow();
    }

    /** A spec with object names and label selectors left out (they differ by the release prefix). */
    private static Map<String, Object> withoutNames(Map<String, Object> spec) {
        var copy = new TreeMap<>(spec);
        copy.remove("scaleTargetRef");
        copy.remove("selector");
        return copy;
    }

    /** What a service's pod is, with names normalised (the chart prefixes them with the release). */
    private static Map<String, Object> podShape(List<Map<String, Object>> objects, String service) {
        var deployment = Obj.forService(objects, "Deployment", service).orElseThrow();
        var pod = Obj.podSpec(deployment);
        var container = Obj.container(deployment);
        Map<String, Object> shape = new LinkedHashMap<>();
        shape.put("image", container.get("image"));
        shape.put("ports", container.get("ports"));
        shape.put("startupProbe", container.get("startupProbe"));
        shape.put("livenessProbe", container.get("livenessProbe"));
        shape.put("readinessProbe", container.get("readinessProbe"));
        shape.put("env", Obj.list(container, "env").stream().collect(Collectors.toMap(
                e -> Obj.str(e, "name"), SourcesAgreeTest::source, (x, y) -> x, TreeMap::new)));
        shape.put("envFrom", Obj.list(container, "envFrom").stream()
                .map(e -> unprefixed(Obj.str(e, "configMapRef.name")) + " optional=" + Obj.at(e, "configMapRef.optional")).toList());
        shape.put("mounts", container.get("volumeMounts"));
        shape.put("volumes", Obj.list(pod, "volumes").stream().map(v -> v.get("name") + ":" + volumeSource(v)).toList());
        shape.put("lifecycle", container.get("lifecycle"));
        shape.put("containerSecurity", container.get("securityContext"));
        shape.put("podSecurity", pod.get("securityContext"));
        shape.put("grace", pod.get("terminationGracePeriodSeconds"));
        shape.put("strategy", Obj.at(deployment, "spec.strategy"));
        var k8sService = Obj.forService(objects, "Service", service).orElseThrow();
        shape.put("servicePorts", Obj.at(k8sService, "spec.ports"));
        return shape;
    }

    static String source(Map<String, Object> env) {
        if (env.containsKey("value")) {
            return "value " + env.get("value");
        }
        if (Obj.at(env, "valueFrom.secretKeyRef") != null) {
            return "secret " + unprefixed(Obj.str(env, "valueFrom.secretKeyRef.name")) + " " + Obj.str(env, "valueFrom.secretKeyRef.key");
        }
        return "configmap " + unprefixed(Obj.str(env, "valueFrom.configMapKeyRef.name")) + " " + Obj.str(env, "valueFrom.configMapKeyRef.key");
    }

    private static String volumeSource(Map<String, Object> volume) {
        if (volume.containsKey("secret")) {
            return "secret " + unprefixed(Obj.str(volume, "secret.secretName")) + " mode " + Obj.at(volume, "secret.defaultMode");
        }
        if (volume.containsKey("configMap")) {
            return "configMap " + unprefixed(Obj.str(volume, "configMap.name"));
        }
        return "emptyDir " + volume.get("emptyDir");
    }

    /**
     * "academy-user-service-secrets" (chart) and "user-service-secrets" (kustomize) name the same
     * thing, and so does "academy-config-4572846fm8": kustomize suffixes a generated ConfigMap or
     * Secret with the hash of its content.
     */
    static String unprefixed(String name) {
        String bare = name.startsWith(PREFIX) ? name.substring(PREFIX.length()) : name;
        return Kustomized.withoutHash(bare);
    }
}
