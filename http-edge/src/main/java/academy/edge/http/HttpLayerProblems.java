package academy.edge.http;

import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.HttpException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Refusals made before any resource runs, as problem+json like every other: a body over the
 * limit (413), a request line or headers over ours (414, 431; Vert.x's own, higher limits stay a
 * bare status), an origin or method CORS does not admit (403), and whatever else fails in the
 * router with a status but no body (400, 405, 415, ...).
 */
@ApplicationScoped
public class HttpLayerProblems {

    private final long maxBodyBytes;
    private final int maxUriLength;
    private final int maxHeaderBytes;
    private final List<String> origins;
    private final List<String> methods;

    public HttpLayerProblems(@ConfigProperty(name = "quarkus.http.limits.max-body-size") MemorySize maxBody,
                             HttpLimits limits,
                             @ConfigProperty(name = "quarkus.http.cors.origins") List<String> origins,
                             @ConfigProperty(name = "quarkus.http.cors.methods") List<String> methods) {
        this.maxBodyBytes = maxBody.asLongValue();
        this.maxUriLength = limits.maxUriLength();
        this.maxHeaderBytes = limits.maxHeaderBytes();
        this.origins = origins.stream().map(String::trim).toList();
        this.methods = methods.stream().map(method -> method.trim().toUpperCase(Locale.ROOT)).toList();
    }

    void register(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).handler(this::limits);
        router.route().order(Integer.MIN_VALUE).failureHandler(this::failure);
    }

    private void limits(RoutingContext context) {
        HttpServerRequest request = context.request();
        if (request.uri().length() > maxUriLength) {
            refuse(context, 414, "URI Too Long", "the request URI is longer than " + maxUriLength + " characters");
            return;
        }
        if (headerBytes(request) > maxHeaderBytes) {
            refuse(context, 431, "Request Header Fields Too Large", "the request headers exceed " + maxHeaderBytes + " bytes");
            return;
        }
        if (declaredLength(request) > maxBodyBytes) {
            context.response().putHeader(HttpHeaders.CONNECTION, "close");
            context.response().endHandler(ended -> request.connection().close());
            refuse(context, 413, "Content Too Large", "the body is larger than " + maxBodyBytes + " bytes");
            return;
        }
        String origin = request.getHeader(HttpHeaders.ORIGIN);
        if (origin != null && !origins.contains("*") && !origins.contains(origin) && !sameOrigin(request, origin)) {
            refuse(context, 403, "Forbidden", "this origin may not call the API");
            return;
        }
        String preflight = request.getHeader(HttpHeaders.ACCESS_CONTROL_REQUEST_METHOD);
        if (origin != null && request.method() == HttpMethod.OPTIONS && preflight != null
                && !methods.contains(preflight.trim().toUpperCase(Locale.ROOT))) {
            refuse(context, 403, "Forbidden", "this method may not be called from a browser");
            return;
        }
        context.next();
    }

    private void failure(RoutingContext context) {
        HttpServerResponse response = context.response();
        int status = context.failure() instanceof HttpException http ? http.getStatusCode() : context.statusCode();
        // Only failures that carry a status (context.fail(413), a router's 405); exceptions, and
        // authentication's refusals, go on to their own handlers.
        boolean statusOnly = context.failure() == null || context.failure() instanceof HttpException;
        if (!statusOnly || response.ended() || response.headWritten() || status < 400 || status == 401) {
            context.next();
            return;
        }
        if (status == 413) {
            response.putHeader(HttpHeaders.CONNECTION, "close");
        }
        refuse(context, status, title(status), status >= 500 ? "the request could not be completed" : title(status));
    }

    static void refuse(RoutingContext context, int status, String title, String detail) {
        context.response().setStatusCode(status).putHeader(HttpHeaders.CONTENT_TYPE, "application/problem+json")
                .end(new JsonObject().put("type", "about:blank").put("title", title).put("status", status)
                        .put("detail", detail).encode());
    }

    private static String title(int status) {
        return switch (status) {
            case 400 -> "Bad Request";
            case 403 -> "Forbidden";
            case 404 -> "Not Found";
            case 405 -> "Method Not Allowed";
            case 406 -> "Not Acceptable";
            case 413 -> "Content Too Large";
            case 414 -> "URI Too Long";
            case 415 -> "Unsupported Media Type";
            case 431 -> "Request Header Fields Too Large";
            default -> status >= 500 ? "Internal Server Error" : "Error";
        };
    }

    private static boolean sameOrigin(HttpServerRequest request, String origin) {
        String host = request.getHeader(HttpHeaders.HOST);
        return host != null && (origin.equals("http://" + host) || origin.equals("https://" + host));
    }

    private static long declaredLength(HttpServerRequest request) {
        String length = request.getHeader(HttpHeaders.CONTENT_LENGTH);
        if (length == null) {
            return 0;
        }
        try {
            return Long.parseLong(length.trim());
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static long headerBytes(HttpServerRequest request) {
        long bytes = 0;
        for (var header : request.headers()) {
            bytes += header.getKey().length() + header.getValue().length() + 4;
        }
        return bytes;
    }
}
