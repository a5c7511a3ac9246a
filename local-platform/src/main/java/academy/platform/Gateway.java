package academy.platform;

import io.vertx.core.Future;
import io.vertx.core.MultiMap;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpClientRequest;
import io.vertx.core.http.HttpClientResponse;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerOptions;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.core.http.PoolOptions;
import io.vertx.core.http.RequestOptions;
import io.vertx.core.json.JsonObject;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The local entry point: a reverse proxy routing by path prefix exactly as the Ingress does
 * (k8s/routes.yaml), plus its own {@code GET /health} over the services. The route {@code /}
 * sends every path no API prefix claims to the Mini App.
 */
public final class Gateway implements AutoCloseable {

    private static final Set<String> HOP_BY_HOP = Set.of("connection", "keep-alive", "proxy-authenticate",
            "proxy-authorization", "te", "trailer", "transfer-encoding", "upgrade");

    /** Longest wait for a free connection to a service (64 per service), like an Ingress's connect timeout. */
    private static final long CONNECTION_WAIT_MILLIS = 10_000;
    /** A service silent this long is given up on (504), like an Ingress's read timeout. */
    private static final long UPSTREAM_IDLE_MILLIS = 60_000;
    /** The services' quarkus.http.limits.max-body-size, enforced here too like an Ingress's body limit. */
    static final long MAX_BODY_BYTES = 256 * 1024;

    private final RouteTable routes;
    private final Map<AcademyService, Integer> ports;
    private final String upstreamHost;
    private final HttpClient client;
    private final HealthAggregate health;
    private HttpServer server;

    private Gateway(Vertx vertx, RouteTable routes, Map<AcademyService, Integer> ports, String upstreamHost) {
        this.routes = routes;
        this.ports = ports;
        this.upstreamHost = upstreamHost;
        this.client = vertx.createHttpClient(new HttpClientOptions().setKeepAlive(true).setConnectTimeout(2000)
                .setIdleTimeout(60), new PoolOptions().setHttp1MaxSize(64));
        // A service that dies resets its connections: the request on one answers 502, the idle ones just go.
        this.client.connectionHandler(connection -> connection.exceptionHandler(reset -> { }));
        this.health = new HealthAggregate(client, ports, upstreamHost);
    }

    /** Listens on host:port; a port already taken is a {@link PlatformException} naming it. */
    public static Gateway start(Vertx vertx, RouteTable routes, Map<AcademyService, Integer> ports, String host, int port) {
        Gateway gateway = new Gateway(vertx, routes, ports, host);
        HttpServer server = vertx.createHttpServer(new HttpServerOptions().setHost(host).setPort(port)
                .setCompressionSupported(false));
        server.requestHandler(gateway::handle);
        try {
            gateway.server = server.listen().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new PlatformException("the gateway cannot listen on " + host + ":" + port
                    + " (is the port taken? set ACADEMY_PORT to use another)", e);
        }
        return gateway;
    }

    public int port() {
        return server.actualPort();
    }

    private void handle(HttpServerRequest request) {
        if ("/health".equals(request.path()) && request.method() == HttpMethod.GET) {
            health.check().onSuccess(result -> request.response().setStatusCode(result.status())
                    .putHeader(HttpHeaders.CONTENT_TYPE, "application/json").end(result.body().encode()));
            return;
        }
        String refused = GatewayPaths.problem(request.path());
        if (refused != null) {
            problem(request.response(), 400, "Bad Request", refused);
            return;
        }
        if (declaredLength(request) > MAX_BODY_BYTES) {
            refuseOversized(request);
            return;
        }
        routes.serviceFor(request.path()).ifPresentOrElse(service -> proxy(request, service),
                () -> problem(request.response(), 404, "Not Found", "no service serves " + request.path()));
    }

    private void proxy(HttpServerRequest request, AcademyService service) {
        request.pause();
        RequestOptions options = new RequestOptions().setMethod(request.method()).setHost(upstreamHost)
                .setPort(ports.get(service)).setURI(request.uri())
                .setConnectTimeout(CONNECTION_WAIT_MILLIS).setIdleTimeout(UPSTREAM_IDLE_MILLIS);
        client.request(options).compose(upstream -> {
            if (request.response().closed()) {
                upstream.reset();
                return Future.failedFuture("the caller hung up while waiting for a connection to " + service.serviceName());
            }
            // The caller hung up (its timeout, say) before the answer: free the connection instead of waiting on.
            request.response().closeHandler(closed -> upstream.reset());
            copyHeaders(request.headers(), upstream.headers());
            upstream.putHeader("X-Forwarded-For", request.remoteAddress() == null ? "" : request.remoteAddress().hostAddress());
            upstream.putHeader("X-Forwarded-Host", request.authority() == null ? "" : request.authority().toString());
            upstream.putHeader("X-Forwarded-Proto", request.scheme() == null ? "http" : request.scheme());
            if (request.headers().contains(HttpHeaders.CONTENT_LENGTH)) {
                upstream.putHeader(HttpHeaders.CONTENT_LENGTH, request.getHeader(HttpHeaders.CONTENT_LENGTH));
            } else if (request.headers().contains(HttpHeaders.TRANSFER_ENCODING)) {
                // A chunked body goes on chunked: without this the client refuses the writes and the body is lost.
                upstream.setChunked(true);
            } else {
                request.resume();
                return upstream.send();
            }
            forward(request, upstream);
            return upstream.response();
        }).onSuccess(answer -> relay(answer, request.response()))
                .onFailure(failure -> {
                    if (request.response().closed() || request.response().ended()) {
                        return;
                    }
                    if (!request.response().headWritten()) {
                        if (failure.getClass().getSimpleName().contains("Timeout")) {
                            problem(request.response(), 504, "Gateway Timeout", service.serviceName() + " did not answer in time");
                        } else {
                            problem(request.response(), 502, "Bad Gateway", service.serviceName() + " is not answering");
                        }
                    } else {
                        request.response().reset();
                    }
                });
    }

    /**
     * The request body to the service, by hand rather than with a pipe: a pipe writes on after
     * the service's connection dropped (killed mid-request) and fails on the event loop.
     */
    private static void forward(HttpServerRequest request, HttpClientRequest upstream) {
        long[] forwarded = {0};
        request.handler(chunk -> {
            forwarded[0] += chunk.length();
            if (forwarded[0] > MAX_BODY_BYTES) {
                // A chunked body past the limit: the service would refuse it (413), so it is refused here.
                request.handler(null);
                request.endHandler(null);
                upstream.reset();
                refuseOversized(request);
                return;
            }
            try {
                upstream.write(chunk);
                if (upstream.writeQueueFull()) {
                    request.pause();
                    upstream.drainHandler(drained -> request.resume());
                }
            } catch (IllegalStateException dropped) {
                // The service's connection is gone: its answer fails, and the caller gets a 502.
            }
        });
        request.endHandler(ended -> {
            try {
                upstream.end();
            } catch (IllegalStateException dropped) {
                // as above
            }
        });
        request.exceptionHandler(failure -> upstream.reset());
        request.resume();
    }

    /** The service's answer to the caller, by hand for the same reason: the caller may hang up half-way (a timeout). */
    private static void relay(HttpClientResponse answer, HttpServerResponse response) {
        AtomicBoolean relayed = new AtomicBoolean();
        answer.exceptionHandler(failure -> {
            relayed.set(true);
            if (!response.closed() && !response.ended()) {
                response.reset();
            }
        });
        if (response.closed() || response.ended()) {
            answer.request().reset();
            return;
        }
        response.closeHandler(closed -> {
            if (!relayed.get()) {
                answer.request().reset();
            }
        });
        response.setStatusCode(answer.statusCode()).setStatusMessage(answer.statusMessage());
        copyHeaders(answer.headers(), response.headers());
        if (answer.headers().contains(HttpHeaders.CONTENT_LENGTH)) {
            response.putHeader(HttpHeaders.CONTENT_LENGTH, answer.getHeader(HttpHeaders.CONTENT_LENGTH));
        } else if (answer.statusCode() != 204 && answer.statusCode() != 304) {
            response.setChunked(true);
        }
        answer.handler(chunk -> {
            if (response.closed() || response.ended()) {
                return;
            }
            response.write(chunk);
            if (response.writeQueueFull()) {
                answer.pause();
                response.drainHandler(drained -> answer.resume());
            }
        });
        answer.endHandler(ended -> {
            relayed.set(true);
            if (!response.closed() && !response.ended()) {
                response.end();
            }
        });
    }

    private static long declaredLength(HttpServerRequest request) {
        String length = request.getHeader(HttpHeaders.CONTENT_LENGTH);
        if (length == null) {
            return 0;
        }
        try {
            return Long.parseLong(length.trim());
        } catch (NumberFormatException e) {
            return Long.MAX_VALUE;
        }
    }

    /** 413 at once, then the connection closes: the rest of the body is never read. */
    private static void refuseOversized(HttpServerRequest request) {
        HttpServerResponse response = request.response();
        if (response.headWritten() || response.ended() || response.closed()) {
            return;
        }
        response.putHeader(HttpHeaders.CONNECTION, "close");
        response.endHandler(ended -> request.connection().close());
        problem(response, 413, "Content Too Large", "the body is larger than " + MAX_BODY_BYTES + " bytes");
    }

    private static void copyHeaders(MultiMap from, MultiMap to) {
        from.forEach(header -> {
            String name = header.getKey().toLowerCase(java.util.Locale.ROOT);
            if (!HOP_BY_HOP.contains(name) && !name.equals("content-length")) {
                to.add(header.getKey(), header.getValue());
            }
        });
    }

    static void problem(HttpServerResponse response, int status, String title, String detail) {
        response.setStatusCode(status).putHeader(HttpHeaders.CONTENT_TYPE, "application/problem+json")
                .end(new JsonObject().put("type", "about:blank").put("title", title).put("status", status)
                        .put("detail", detail).encode());
    }

    @Override
    public void close() {
        Future<Void> closing = server == null ? Future.succeededFuture() : server.close();
        try {
            closing.compose(ignored -> client.close()).toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            System.err.println("the gateway did not close cleanly: " + e.getMessage());
        }
    }
}
