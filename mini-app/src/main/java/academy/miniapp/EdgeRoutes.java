package academy.miniapp;

import io.quarkus.runtime.StartupEvent;
import io.vertx.ext.web.Router;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;

/**
 * The Mini App's two routes besides its files. {@code GET /health} answers the shape the gateway
 * and {@code helm test} read from every service; the Mini App holds no data store, so it is up
 * whenever it answers (Kubernetes probes use {@code /q/health/*} as for the other services).
 * Because the Ingress sends every path no API prefix claims here, {@code /q/*} (metrics, probes)
 * is refused to requests that came through a proxy: the Ingress and the local gateway set
 * X-Forwarded-For, Prometheus and the kubelet call the pod directly.
 */
@Singleton
public class EdgeRoutes {

    static final String HEALTH = "{\"status\":\"ok\"}";
    static final String NOT_FOUND = "{\"type\":\"about:blank\",\"title\":\"Not Found\",\"status\":404,"
            + "\"detail\":\"nothing is served at this path\"}";

    void register(@Observes StartupEvent start, Router router) {
        router.route("/q/*").order(Integer.MIN_VALUE).handler(context -> {
            if (context.request().getHeader("X-Forwarded-For") != null
                    || context.request().getHeader("Forwarded") != null) {
                context.response().setStatusCode(404).putHeader("Content-Type", "application/problem+json")
                        .end(NOT_FOUND);
            } else {
                context.next();
            }
        });
        router.get("/health").handler(context -> context.response().putHeader("Content-Type", "application/json")
                .putHeader("Cache-Control", "no-store").end(HEALTH));
    }
}
