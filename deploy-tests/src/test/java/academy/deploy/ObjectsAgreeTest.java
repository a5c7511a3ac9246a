package academy.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The kustomize overlays and the chart with the same profile, object by object: the same kinds
 * and names, and every object equal once what only names the tool is set aside (the release
 * prefix, kustomize's content hash, Helm's bookkeeping labels and checksums). Secrets compare
 * by their keys (the values are the operator's), the JWKS ConfigMap by its key.
 */
class ObjectsAgreeTest {

    /** Labels that say which tool or release made an object, not what it is. */
    private static final Set<String> TOOL_LABELS = Set.of("app.kubernetes.io/instance", "app.kubernetes.io/part-of",
            "app.kubernetes.io/managed-by", "helm.sh/chart");
    private static final Pattern PREFIX = Pattern.compile("(?<![\\w.])" + Manifests.RELEASE + "-");

    @Test
    void devOverlayAndDevValuesProduceTheSameObjects() {
        // Keys are kind/name with the release prefix and kustomize's hash left out ("academy-dev" -> "dev").
        // kustomize's dev overlay creates its namespace (the chart leaves that to --create-namespace);
        // the chart writes the signing key Secret that the overlay asks the operator to create by hand.
        assertAgree(Manifests.kustomize("overlays/dev"), Manifests.helm("values-dev.yaml"),
                Set.of("Namespace/dev"), Set.of("Secret/user-service-jwt"));
    }

    @Test
    void prodOverlayAndProdValuesProduceTheSameObjects() {
        assertAgree(Manifests.kustomize("overlays/prod"), Manifests.helm("values-prod.yaml"), Set.of(), Set.of());
    }

    @Test
    void everyKindEitherProducesIsCompared() {
        Set<String> kinds = new TreeSet<>();
        for (var objects : List.of(Manifests.kustomize("overlays/prod"), Manifests.helm("values-prod.yaml"))) {
            objects.forEach(o -> kinds.add(Obj.kind(o)));
        }
        assertThat(kinds).contains("Deployment", "Service", "ServiceAccount", "HorizontalPodAutoscaler",
                "PodDisruptionBudget", "ConfigMap", "Ingress", "NetworkPolicy", "ServiceMonitor", "PrometheusRule",
                "CronJob", "PersistentVolumeClaim");
    }

    /** The Mini App is compared like the services: each of its objects exists on both sides (and so is compared above). */
    @Test
    void theMiniAppsObjectsAreOnBothSides() {
        List<String> kinds = List.of("Deployment", "Service", "ServiceAccount", "HorizontalPodAutoscaler",
                "PodDisruptionBudget", "NetworkPolicy", "ServiceMonitor");
        for (var pair : List.of(List.of("overlays/dev", "values-dev.yaml"), List.of("overlays/prod", "values-prod.yaml"))) {
            var kustomize = normalisedByKey(Manifests.kustomize(pair.get(0))).keySet();
            var chart = normalisedByKey(Manifests.helm(pair.get(1))).keySet();
            for (String kind : kinds) {
                assertThat(kustomize).as(pair.get(0)).contains(kind + "/" + Obj.MINI_APP);
                assertThat(chart).as(pair.get(1)).contains(kind + "/" + Obj.MINI_APP);
            }
        }
    }

    private static void assertAgree(List<Map<String, Object>> kustomize, List<Map<String, Object>> chart,
                                    Set<String> kustomizeOnly, Set<String> chartOnly) {
        Map<String, Object> a = normalisedByKey(kustomize);
        Map<String, Object> b = normalisedByKey(chart);
        Set<String> onlyA = new TreeSet<>(a.keySet());
        onlyA.removeAll(b.keySet());
        Set<String> onlyB = new TreeSet<>(b.keySet());
        onlyB.removeAll(a.keySet());
        assertThat(onlyA).as("only in kustomize").isEqualTo(new TreeSet<>(kustomizeOnly));
        assertThat(onlyB).as("only in the chart").isEqualTo(new TreeSet<>(chartOnly));
        List<String> differing = new ArrayList<>();
        for (String key : a.keySet()) {
            if (b.containsKey(key) && !a.get(key).equals(b.get(key))) {
                List<String> paths = new ArrayList<>();
                diff(a.get(key), b.get(key), "", paths);
                differing.add(key + ": " + String.join("; ", paths));
            }
        }
        assertThat(differing).as("objects that differ").isEmpty();
    }

    /** kind/name (unprefixed, unhashed) -> the object without what only names the tool. */
    private static Map<String, Object> normalisedByKey(List<Map<String, Object>> objects) {
        Map<String, Object> byKey = new TreeMap<>();
        for (var object : objects) {
            byKey.put(Obj.kind(object) + "/" + SourcesAgreeTest.unprefixed(Obj.name(object)), normalised(object));
        }
        return byKey;
    }

    @SuppressWarnings("unchecked")
    private static Object normalised(Map<String, Object> object) {
        Map<String, Object> copy = (Map<String, Object>) normalise(object, "");
        Map<String, Object> metadata = (Map<String, Object>) copy.get("metadata");
        metadata.remove("name");
        metadata.remove("namespace");
        if ("Secret".equals(Obj.kind(object))) {
            Set<String> keys = new TreeSet<>(Obj.map(object, "data").keySet());
            keys.addAll(Obj.map(object, "stringData").keySet());
            copy.remove("data");
            copy.remove("stringData");
            copy.put("keys", keys);
        }
        if ("ConfigMap".equals(Obj.kind(object)) && SourcesAgreeTest.unprefixed(Obj.name(object)).equals("jwt-public-keys")) {
            copy.put("data", new TreeSet<>(Obj.map(object, "data").keySet()));
        }
        return copy;
    }

    /** A deep copy with tool labels, checksums and Helm annotations left out and names unprefixed. */
    private static Object normalise(Object value, String key) {
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> copy = new TreeMap<>();
            boolean labels = Set.of("labels", "matchLabels", "selector").contains(key);
            boolean annotations = key.equals("annotations");
            map.forEach((k, v) -> {
                String name = String.valueOf(k);
                if (labels && TOOL_LABELS.contains(name)
                        || annotations && (name.startsWith("checksum/") || name.startsWith("helm.sh/"))) {
                    return;
                }
                copy.put(name, normalise(v, name));
            });
            copy.values().removeIf(v -> v instanceof Map<?, ?> m && m.isEmpty());
            return copy;
        }
        if (value instanceof List<?> list) {
            List<Object> copy = new ArrayList<>();
            for (Object item : list) {
                // The chart lets its `helm test` pods in; kustomize has no such pods.
                if (item instanceof Map<?, ?> peer && "helm-test".equals(Obj.str(peer, "podSelector.matchLabels")
                        == null ? null : Obj.map(peer, "podSelector.matchLabels").get("app.kubernetes.io/component"))) {
                    continue;
                }
                copy.add(normalise(item, key));
            }
            return copy;
        }
        if (value instanceof String text) {
            return Kustomized.withoutHash(PREFIX.matcher(text).replaceAll("")).stripTrailing();
        }
        return value;
    }

    /** Where two normalised objects differ: path = kustomize's value / the chart's. */
    private static void diff(Object a, Object b, String path, List<String> out) {
        if (a instanceof Map<?, ?> ma && b instanceof Map<?, ?> mb) {
            Set<Object> keys = new TreeSet<>(ma.keySet().stream().map(String::valueOf).toList());
            mb.keySet().forEach(k -> keys.add(String.valueOf(k)));
            keys.forEach(k -> diff(ma.get(k), mb.get(k), path + "." + k, out));
        } else if (a instanceof List<?> la && b instanceof List<?> lb && la.size() == lb.size()) {
            for (int i = 0; i < la.size(); i++) {
                diff(la.get(i), lb.get(i), path + "[" + i + "]", out);
            }
        } else if (!java.util.Objects.equals(a, b)) {
            out.add(path + " = " + a + " / " + b);
        }
    }
}
