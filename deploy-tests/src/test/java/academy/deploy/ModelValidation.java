package academy.deploy;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.KubernetesResource;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Parses rendered objects with the fabric8 model and finds fields the model does not know:
 * fabric8 keeps them in {@code additionalProperties}, so a typo ("livenesProbe") or a field at
 * the wrong level lands there instead of failing.
 */
final class ModelValidation {

    private static final KubernetesSerialization SERIALIZATION = new KubernetesSerialization();

    private ModelValidation() {
    }

    static KubernetesResource parse(Map<String, Object> object) {
        return SERIALIZATION.unmarshal(SERIALIZATION.asJson(object), KubernetesResource.class);
    }

    /** Problems of one object: an untyped parse, or the paths of non-empty additionalProperties. */
    static List<String> problems(Map<String, Object> object) {
        List<String> problems = new ArrayList<>();
        KubernetesResource parsed = parse(object);
        String id = Obj.kind(object) + "/" + Obj.name(object);
        if (parsed instanceof GenericKubernetesResource) {
            problems.add(id + ": kind " + object.get("apiVersion") + " " + Obj.kind(object) + " is not in the model");
            return problems;
        }
        walk(parsed, id, problems, new IdentityHashMap<>());
        return problems;
    }

    private static void walk(Object value, String path, List<String> problems, IdentityHashMap<Object, Boolean> seen) {
        if (value == null || seen.put(value, Boolean.TRUE) != null) {
            return;
        }
        if (value instanceof Collection<?> collection) {
            int index = 0;
            for (Object element : collection) {
                walk(element, path + "[" + index++ + "]", problems, seen);
            }
            return;
        }
        if (value instanceof Map<?, ?> map) {
            for (var entry : map.entrySet()) {
                walk(entry.getValue(), path + "." + entry.getKey(), problems, seen);
            }
            return;
        }
        if (!value.getClass().getName().startsWith("io.fabric8.")) {
            return;
        }
        for (Class<?> type = value.getClass(); type != null && type != Object.class; type = type.getSuperclass()) {
            for (Field field : type.getDeclaredFields()) {
                if (Modifier.isStatic(field.getModifiers()) || field.getType().isPrimitive()) {
                    continue;
                }
                Object fieldValue = read(field, value);
                if ("additionalProperties".equals(field.getName())) {
                    if (fieldValue instanceof Map<?, ?> extra && !extra.isEmpty()) {
                        problems.add(path + ": unknown fields " + extra.keySet());
                    }
                } else {
                    walk(fieldValue, path + "." + field.getName(), problems, seen);
                }
            }
        }
    }

    private static Object read(Field field, Object target) {
        try {
            field.setAccessible(true);
            return field.get(target);
        } catch (IllegalAccessException | RuntimeException e) {
            throw new IllegalStateException("cannot read " + field, e);
        }
    }
}
