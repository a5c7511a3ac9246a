package academy.testing.fuzz;

import static io.restassured.RestAssured.given;

import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * Walks every route of a service with the {@link HostileValues} catalogue in each body field,
 * whole body, path parameter and query parameter, and collects every answer that is a 5xx, a
 * refusal without a problem document, or one that leaks internals. The service's own test then
 * checks that its resources still work.
 */
public final class RouteFuzzer {

    private static final List<String> INTERNALS = List.of("Exception", "\tat ", ".java:", "Caused by", "org.postgresql",
            "io.vertx", "SQLSTATE");

    private final List<Route> routes;
    private final Map<String, String> pathValues = new LinkedHashMap<>();
    private final Set<String> skipped = new HashSet<>();
    private Supplier<String> token = () -> null;
    private int requests;

    private RouteFuzzer(List<Route> routes) {
        this.routes = routes;
    }

    public static RouteFuzzer of(List<Route> routes) {
        return new RouteFuzzer(routes);
    }

    /** The bearer token every request carries (an admin's reaches the most code). */
    public RouteFuzzer token(Supplier<String> token) {
        this.token = token;
        return this;
    }

    /** A real value for a path parameter, so the other parameters are tried against something that exists. */
    public RouteFuzzer pathValue(String name, String value) {
        pathValues.put(name, value);
        return this;
    }

    /** Leaves out a route ("METHOD /template"), for instance one that erases the caller. */
    public RouteFuzzer skip(String route) {
        skipped.add(route);
        return this;
    }

    public List<Route> routes() {
        return routes;
    }

    public int requests() {
        return requests;
    }

    /** Every finding, one line each; empty when every answer held. */
    public List<String> run() {
        long started = System.nanoTime();
        List<String> findings = run(new ArrayList<>());
        System.out.printf("route fuzzer: %d requests over %d routes in %d ms, %d findings%n", requests, routes.size(),
                (System.nanoTime() - started) / 1_000_000, findings.size());
        return findings;
    }

    private List<String> run(List<String> findings) {
        for (Route route : routes) {
            if (skipped.contains(route.describe())) {
                continue;
            }
            Map<String, String> path = baselinePath(route);
            Map<String, String> query = new LinkedHashMap<>();
            JsonShapes.Node body = route.body() == null ? null : JsonShapes.of(route.body(), 0);
            String baselineBody = body == null ? null : JsonShapes.write(body);
            for (String name : route.pathParamNames()) {
                for (String value : HostileValues.PATH) {
                    Map<String, String> hostile = new LinkedHashMap<>(path);
                    hostile.put(name, value);
                    check(findings, route, "path " + name + "=" + abbreviate(value), send(route, hostile, query, baselineBody));
                }
            }
            for (String name : route.queryParams().keySet()) {
                for (String value : HostileValues.QUERY) {
                    check(findings, route, "query " + name + "=" + abbreviate(value), send(route, path, Map.of(name, value), baselineBody));
                }
            }
            if (body != null) {
                for (String field : JsonShapes.paths(body)) {
                    for (String value : HostileValues.FIELD) {
                        check(findings, route, "field " + field + "=" + abbreviate(value),
                                send(route, path, query, JsonShapes.write(body, field, value)));
                    }
                }
                for (String whole : HostileValues.wholeBodies(baselineBody)) {
                    check(findings, route, "body " + abbreviate(whole), send(route, path, query, whole));
                }
                check(findings, route, "duplicate key", send(route, path, query, JsonShapes.withDuplicateKey(body)));
            }
        }
        return findings;
    }

    private Map<String, String> baselinePath(Route route) {
        Map<String, String> values = new LinkedHashMap<>();
        for (Map.Entry<String, java.lang.reflect.Type> param : route.pathParams().entrySet()) {
            String known = pathValues.get(param.getKey());
            values.put(param.getKey(), known != null ? known
                    : param.getValue() == long.class || param.getValue() == Long.class || param.getValue() == int.class
                            ? "1" : UUID.randomUUID().toString());
        }
        return values;
    }

    private Response send(Route route, Map<String, String> pathValues, Map<String, String> query, String body) {
        requests++;
        RequestSpecification request = given().urlEncodingEnabled(false);
        String bearer = token.get();
        if (bearer != null) {
            request = request.auth().oauth2(bearer);
        }
        if (route.idempotencyKey()) {
            request = request.header("Idempotency-Key", "fuzz-" + UUID.randomUUID());
        }
        if (body != null) {
            request = request.contentType("application/json").body(body.getBytes(StandardCharsets.UTF_8));
        }
        StringBuilder uri = new StringBuilder(route.path(pathValues));
        char separator = '?';
        for (Map.Entry<String, String> parameter : query.entrySet()) {
            uri.append(separator).append(parameter.getKey()).append('=').append(parameter.getValue());
            separator = '&';
        }
        return request.request(route.method(), uri.toString());
    }

    private static void check(List<String> findings, Route route, String what, Response response) {
        int status = response.statusCode();
        String body = response.asString();
        String at = route.describe() + " with " + what + ": " + status;
        if (status >= 500) {
            findings.add(at + " " + abbreviate(body));
            return;
        }
        for (String internal : INTERNALS) {
            if (body.contains(internal)) {
                findings.add(at + " leaks \"" + internal + "\"");
            }
        }
        if (status >= 400 && !body.isEmpty() && (response.contentType() == null
                || !response.contentType().startsWith("application/problem+json"))) {
            findings.add(at + " is not problem+json (" + response.contentType() + ")");
        }
    }

    private static String abbreviate(String text) {
        String flat = text.replace("\n", " ");
        return flat.length() <= 60 ? flat : flat.substring(0, 57) + "...";
    }
}
