package academy.testing.fuzz;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.lang.reflect.WildcardType;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A plausible JSON body for a Java type (records field by field), as a tree whose every node can
 * be replaced by a hostile value: the field the value lands in is then named by its path.
 */
final class JsonShapes {

    sealed interface Node permits Obj, Arr, Raw {
    }

    record Obj(LinkedHashMap<String, Node> fields) implements Node {
    }

    record Arr(List<Node> items) implements Node {
    }

    record Raw(String json) implements Node {
    }

    private JsonShapes() {
    }

    static Node of(Type type, int depth) {
        if (depth > 6) {
            return new Raw("null");
        }
        if (type instanceof ParameterizedType parameterized && parameterized.getRawType() instanceof Class<?> raw) {
            Type[] arguments = parameterized.getActualTypeArguments();
            if (Collection.class.isAssignableFrom(raw)) {
                return new Arr(List.of(of(bound(arguments[0]), depth + 1)));
            }
            if (Map.class.isAssignableFrom(raw)) {
                return new Obj(new LinkedHashMap<>());
            }
            if (raw == java.util.Optional.class) {
                return of(bound(arguments[0]), depth + 1);
            }
            return of(raw, depth);
        }
        if (!(type instanceof Class<?> c)) {
            return new Raw("{}");
        }
        if (c == String.class) {
            return new Raw("\"x\"");
        }
        if (c == int.class || c == Integer.class || c == long.class || c == Long.class || c == short.class || c == Short.class) {
            return new Raw("1");
        }
        if (c == double.class || c == Double.class || c == float.class || c == Float.class || Number.class.isAssignableFrom(c)) {
            return new Raw("0.5");
        }
        if (c == boolean.class || c == Boolean.class) {
            return new Raw("true");
        }
        if (c == UUID.class) {
            return new Raw("\"" + UUID.randomUUID() + "\"");
        }
        if (c.getName().startsWith("java.time.")) {
            return new Raw(c.getSimpleName().equals("ZoneId") ? "\"UTC\"" : "\"2026-01-05T10:00:00Z\"");
        }
        if (c.isEnum()) {
            Object[] constants = c.getEnumConstants();
            return new Raw(constants.length == 0 ? "\"x\"" : "\"" + constants[0].toString().toLowerCase() + "\"");
        }
        if (c.isArray()) {
            return new Arr(List.of(of(c.getComponentType(), depth + 1)));
        }
        if (c.isRecord()) {
            LinkedHashMap<String, Node> fields = new LinkedHashMap<>();
            for (RecordComponent component : c.getRecordComponents()) {
                com.fasterxml.jackson.annotation.JsonProperty property =
                        component.getAccessor().getAnnotation(com.fasterxml.jackson.annotation.JsonProperty.class);
                String name = property != null && !property.value().isEmpty() ? property.value() : component.getName();
                fields.put(name, of(component.getGenericType(), depth + 1));
            }
            return new Obj(fields);
        }
        if (c.getName().startsWith("com.fasterxml.jackson.databind")) {
            return new Raw("1");
        }
        return new Obj(new LinkedHashMap<>());
    }

    private static Type bound(Type type) {
        return type instanceof WildcardType wildcard ? wildcard.getUpperBounds()[0] : type;
    }

    /** The path of every node below the root, as a problem would name it: {@code questions[0].text}. */
    static List<String> paths(Node root) {
        List<String> paths = new ArrayList<>();
        collect(root, "", paths);
        return paths;
    }

    private static void collect(Node node, String at, List<String> paths) {
        if (node instanceof Obj obj) {
            obj.fields().forEach((name, child) -> {
                String path = at.isEmpty() ? name : at + "." + name;
                paths.add(path);
                collect(child, path, paths);
            });
        } else if (node instanceof Arr arr) {
            for (int i = 0; i < arr.items().size(); i++) {
                String path = at + "[" + i + "]";
                paths.add(path);
                collect(arr.items().get(i), path, paths);
            }
        }
    }

    /** The JSON text of {@code root} with the node at {@code path} written as {@code raw}. */
    static String write(Node root, String path, String raw) {
        StringBuilder out = new StringBuilder();
        write(root, "", path, raw, out);
        return out.toString();
    }

    static String write(Node root) {
        return write(root, null, null);
    }

    private static void write(Node node, String at, String path, String raw, StringBuilder out) {
        if (path != null && at.equals(path)) {
            out.append(raw);
            return;
        }
        if (node instanceof Raw r) {
            out.append(r.json());
        } else if (node instanceof Obj obj) {
            out.append('{');
            boolean first = true;
            for (Map.Entry<String, Node> field : obj.fields().entrySet()) {
                if (!first) {
                    out.append(',');
                }
                first = false;
                out.append('"').append(field.getKey()).append("\":");
                write(field.getValue(), at.isEmpty() ? field.getKey() : at + "." + field.getKey(), path, raw, out);
            }
            out.append('}');
        } else if (node instanceof Arr arr) {
            out.append('[');
            for (int i = 0; i < arr.items().size(); i++) {
                if (i > 0) {
                    out.append(',');
                }
                write(arr.items().get(i), at + "[" + i + "]", path, raw, out);
            }
            out.append(']');
        }
    }

    /** The body with its first key written twice (the second time with another value). */
    static String withDuplicateKey(Node root) {
        String body = write(root);
        if (root instanceof Obj obj && !obj.fields().isEmpty()) {
            String first = obj.fields().keySet().iterator().next();
            return "{\"" + first + "\":null," + body.substring(1);
        }
        return "{\"x\":1,\"x\":2}";
    }
}
