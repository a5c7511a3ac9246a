package academy.platform;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.yaml.snakeyaml.Yaml;

/**
 * The Mini App's routes: path prefix to service. Read from k8s/routes.yaml (copied into this
 * module's classes by the build), the same file both Ingresses follow, so the gateway cannot
 * drift from Kubernetes. A prefix matches whole path segments, like an Ingress's Prefix type.
 */
public final class RouteTable {

    public static final String RESOURCE = "academy/platform/routes.yaml";

    /** One row of k8s/routes.yaml. */
    public record Route(String prefix, AcademyService service) {

        boolean matches(String path) {
            return path.equals(prefix) || path.startsWith(prefix.endsWith("/") ? prefix : prefix + "/");
        }
    }

    private final List<Route> routes;

    private RouteTable(List<Route> routes) {
        this.routes = routes.stream().sorted(Comparator.comparingInt((Route r) -> r.prefix().length()).reversed()).toList();
    }

    public static RouteTable load() {
        try (InputStream in = RouteTable.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new PlatformException(RESOURCE + " is missing from the classpath: build local-platform (it copies k8s/routes.yaml)");
            }
            return parse(new Yaml().load(in));
        } catch (IOException e) {
            throw new PlatformException("could not read the route table: " + e.getMessage(), e);
        }
    }

    @SuppressWarnings("unchecked")
    static RouteTable parse(Object document) {
        if (!(document instanceof Map<?, ?> root) || !(root.get("routes") instanceof List<?> rows)) {
            throw new PlatformException("the route table has no 'routes:' list");
        }
        List<Route> routes = new ArrayList<>();
        for (Object row : rows) {
            Map<String, Object> entry = (Map<String, Object>) row;
            String prefix = String.valueOf(entry.get("prefix"));
            if (!prefix.startsWith("/")) {
                throw new PlatformException("a route prefix must start with '/': " + prefix);
            }
            routes.add(new Route(prefix, AcademyService.named(String.valueOf(entry.get("service")))));
        }
        return new RouteTable(routes);
    }

    public List<Route> routes() {
        return routes;
    }

    public Optional<AcademyService> serviceFor(String path) {
        return routes.stream().filter(route -> route.matches(path)).map(Route::service).findFirst();
    }
}
