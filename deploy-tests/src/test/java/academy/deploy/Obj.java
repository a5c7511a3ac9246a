package academy.deploy;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

/** Small navigation helpers over rendered objects kept as maps. */
final class Obj {

    static final List<String> SERVICES = List.of(
            "user-service", "course-service", "learning-service", "assessment-service", "projector-service");
    /** The Mini App's static files: a workload like the services, without data stores or secrets. */
    static final String MINI_APP = "mini-app";
    /** Every Deployment of the platform: the five services and the Mini App. */
    static final List<String> WORKLOADS = java.util.stream.Stream.concat(SERVICES.stream(), Stream.of(MINI_APP)).toList();

    private Obj() {
    }

    /** The value at a dotted path ("spec.template.spec"), or null. */
    static Object at(Object root, String path) {
        Object current = root;
        for (String part : path.split("\\.")) {
            if (current instanceof Map<?, ?> map) {
                current = map.get(part);
            } else {
                return null;
            }
        }
        return current;
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> map(Object root, String path) {
        Object value = at(root, path);
        return value instanceof Map<?, ?> ? (Map<String, Object>) value : Map.of();
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> list(Object root, String path) {
        Object value = at(root, path);
        return value instanceof List<?> ? (List<Map<String, Object>>) value : List.of();
    }

    static String str(Object root, String path) {
        Object value = at(root, path);
        return value == null ? null : String.valueOf(value);
    }

    static String kind(Map<String, Object> object) {
        return str(object, "kind");
    }

    static String name(Map<String, Object> object) {
        return str(object, "metadata.name");
    }

    static Stream<Map<String, Object>> ofKind(List<Map<String, Object>> objects, String kind) {
        return objects.stream().filter(o -> kind.equals(kind(o)));
    }

    /** The object of a kind that carries app.kubernetes.io/name = service. */
    static Optional<Map<String, Object>> forService(List<Map<String, Object>> objects, String kind, String service) {
        return ofKind(objects, kind).filter(o -> service.equals(label(o, "app.kubernetes.io/name"))).findFirst();
    }

    static String label(Map<String, Object> object, String key) {
        Object value = map(object, "metadata.labels").get(key);
        return value == null ? null : value.toString();
    }

    static Optional<Map<String, Object>> named(List<Map<String, Object>> objects, String kind, String name) {
        return ofKind(objects, kind).filter(o -> Objects.equals(name, name(o))).findFirst();
    }

    /** A generated object: {@code name} itself or, from kustomize, name plus its content hash. */
    static Optional<Map<String, Object>> generated(List<Map<String, Object>> objects, String kind, String name) {
        return ofKind(objects, kind).filter(o -> name.equals(Kustomized.withoutHash(name(o)))).findFirst();
    }

    /** The pod spec of a workload (Deployment, StatefulSet) or of a Pod. */
    static Map<String, Object> podSpec(Map<String, Object> object) {
        return "Pod".equals(kind(object)) ? map(object, "spec") : map(object, "spec.template.spec");
    }

    static Map<String, Object> container(Map<String, Object> workload) {
        return list(podSpec(workload), "containers").get(0);
    }
}
