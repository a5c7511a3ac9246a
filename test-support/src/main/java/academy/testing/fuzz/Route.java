package academy.testing.fuzz;

import java.lang.reflect.Type;
import java.util.List;
import java.util.Map;

/**
 * One JAX-RS resource method as a client sees it: the HTTP method, the path template, its path
 * and query parameters with their Java types, the body's type (or null) and whether it takes an
 * Idempotency-Key.
 */
public record Route(String method, String template, Map<String, Type> pathParams, Map<String, Type> queryParams,
                   Type body, boolean idempotencyKey) {

    public String describe() {
        return method + " " + template;
    }

    /** The path with every parameter filled from {@code values} (raw, not encoded). */
    public String path(Map<String, String> values) {
        String path = template;
        for (Map.Entry<String, String> value : values.entrySet()) {
            path = path.replaceAll("\\{" + value.getKey() + "(:[^}]*)?}", java.util.regex.Matcher.quoteReplacement(value.getValue()));
        }
        return path;
    }

    public List<String> pathParamNames() {
        return List.copyOf(pathParams.keySet());
    }
}
