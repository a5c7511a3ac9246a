package academy.edge.http;

import io.vertx.core.http.impl.HttpServerRequestInternal;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Metrics label a request by its route template only. A refused request that never reached a
 * resource (no token, unknown path, shed, too large) has no template; Quarkus would label it with
 * its raw path, so every path an attacker invents would add series. Those all share one label.
 */
@ApplicationScoped
public class RouteTemplateLabels {

    /** The key the REST layer and the Micrometer binder share for the matched route template. */
    static final String TEMPLATE = "UrlPathTemplate";
    public static final String UNMATCHED = "/UNMATCHED";

    void register(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).handler(context -> {
            if (context.request() instanceof HttpServerRequestInternal request) {
                context.addHeadersEndHandler(ended -> {
                    if (context.response().getStatusCode() >= 400 && request.context().getLocal(TEMPLATE) == null) {
                        request.context().putLocal(TEMPLATE, UNMATCHED);
                    }
                });
            }
            context.next();
        });
    }
}
