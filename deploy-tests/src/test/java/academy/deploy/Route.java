package academy.deploy;

import java.util.List;

/** One line of k8s/routes.yaml: a path prefix and the service behind it. */
record Route(String prefix, String service) {

    static List<Route> table() {
        var routes = Obj.list(Manifests.readYaml(Manifests.K8S.resolve("routes.yaml")), "routes");
        return routes.stream().map(r -> new Route(Obj.str(r, "prefix"), Obj.str(r, "service"))).toList();
    }
}
