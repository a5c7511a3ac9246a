package academy.platform;

import static org.assertj.core.api.Assertions.assertThat;

import academy.embedded.Ports;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import io.vertx.core.json.JsonObject;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The gateway in front of five stand-in services that answer who they are and what they got. */
class GatewayTest {

    private static final JsonObject SEED_OK = new JsonObject().put("status", "ok").put("database", "connected")
            .put("redis", "connected").put("eventStore", "ready");

    private final Vertx vertx = Vertx.vertx();
    private final Map<AcademyService, Integer> ports = new EnumMap<>(AcademyService.class);
    private final Map<AcademyService, HttpServer> upstreams = new EnumMap<>(AcademyService.class);
    private final Map<AcademyService, JsonObject> health = new ConcurrentHashMap<>();
    private Gateway gateway;
    private ApiClient client;

    @BeforeEach
    void start() throws Exception {
        for (AcademyService service : AcademyService.values()) {
            ports.put(service, Ports.free());
            health.put(service, SEED_OK);
            upstreams.put(service, vertx.createHttpServer().requestHandler(request -> request.body().onSuccess(body -> {
                if (request.path().equals("/health")) {
                    JsonObject answer = health.get(service);
                    request.response().setStatusCode("ok".equals(answer.getString("status")) ? 200 : 503)
                            .putHeader("Content-Type", "application/json").end(answer.encode());
                    return;
                }
                request.response().setStatusCode(request.path().endsWith("/missing") ? 404 : 200)
                        .putHeader("Content-Type", "application/json").putHeader("X-Served-By", service.serviceName())
                        .end(new JsonObject().put("service", service.serviceName()).put("method", request.method().name())
                                .put("uri", request.uri()).put("body", body.toString())
                                .put("authorization", request.getHeader("Authorization"))
                                .put("idempotencyKey", request.getHeader("Idempotency-Key"))
                                .put("forwardedFor", request.getHeader("X-Forwarded-For")).encode());
            })).listen(ports.get(service), "127.0.0.1").toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS));
        }
        int port = Ports.free();
        gateway = Gateway.start(vertx, RouteTable.load(), ports, "127.0.0.1", port);
        client = new ApiClient("http://127.0.0.1:" + port, "token-1");
    }

    @AfterEach
    void stop() throws Exception {
        gateway.close();
        vertx.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
    }

    @Test
    void forwardsMethodPathQueryBodyAndHeadersToTheServiceOfThePrefix() {
        ApiClient.Answer answer = client.post("/lessons/progress/abc?x=1", new JsonObject().put("score", 0.85), "key-7");

        assertThat(answer.status()).isEqualTo(200);
        JsonObject seen = answer.json();
        assertThat(seen.getString("service")).isEqualTo("learning-service");
        assertThat(seen.getString("method")).isEqualTo("POST");
        assertThat(seen.getString("uri")).isEqualTo("/lessons/progress/abc?x=1");
        assertThat(new JsonObject(seen.getString("body")).getDouble("score")).isEqualTo(0.85);
        assertThat(seen.getString("authorization")).isEqualTo("Bearer token-1");
        assertThat(seen.getString("idempotencyKey")).isEqualTo("key-7");
        assertThat(seen.getString("forwardedFor")).isEqualTo("127.0.0.1");
    }

    @Test
    void routesEachPrefixToItsService() {
        assertThat(client.get("/auth/telegram").json().getString("service")).isEqualTo("user-service");
        assertThat(client.get("/users/me").json().getString("service")).isEqualTo("user-service");
        assertThat(client.get("/courses").json().getString("service")).isEqualTo("course-service");
        assertThat(client.get("/attempts/1").json().getString("service")).isEqualTo("assessment-service");
        assertThat(client.get("/leaderboard?period=week").json().getString("service")).isEqualTo("projector-service");
    }

    @Test
    void relaysTheServicesOwnStatus() {
        assertThat(client.get("/courses/missing").status()).isEqualTo(404);
    }

    @Test
    void sendsWhatNoApiPrefixClaimsToTheMiniAppAndAnswersProblemsForServicesThatAreDown() throws Exception {
        assertThat(client.get("/").json().getString("service")).isEqualTo("mini-app");
        assertThat(client.get("/js/app.js").json().getString("service")).isEqualTo("mini-app");
        assertThat(client.get("/billing").json().getString("service")).isEqualTo("mini-app");

        upstreams.get(AcademyService.PROJECTOR).close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
        ApiClient.Answer down = client.get("/dashboard");
        assertThat(down.status()).isEqualTo(502);
        assertThat(down.json().getString("detail")).isEqualTo("projector-service is not answering");
    }

    @Test
    void healthIsTheSeedShapeOverAllFiveServices() {
        ApiClient.Answer all = client.get("/health");

        assertThat(all.status()).isEqualTo(200);
        JsonObject body = all.json();
        assertThat(body.getString("status")).isEqualTo("ok");
        assertThat(body.getString("database")).isEqualTo("connected");
        assertThat(body.getString("redis")).isEqualTo("connected");
        assertThat(body.getString("eventStore")).isEqualTo("ready");
        for (AcademyService service : AcademyService.values()) {
            assertThat(body.getJsonObject(service.serviceName())).isEqualTo(SEED_OK);
        }
    }

    @Test
    void healthIs503NamingTheServiceThatIsNotOk() throws Exception {
        health.put(AcademyService.COURSE, SEED_OK.copy().put("status", "down").put("database", "disconnected"));
        health.put(AcademyService.USER, SEED_OK.copy().put("redis", "degraded"));
        upstreams.get(AcademyService.ASSESSMENT).close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);

        ApiClient.Answer answer = client.get("/health");

        assertThat(answer.status()).isEqualTo(503);
        JsonObject body = answer.json();
        assertThat(body.getString("status")).isEqualTo("down");
        assertThat(body.getString("database")).isEqualTo("disconnected");
        assertThat(body.getString("redis")).isEqualTo("degraded");
        assertThat(body.getJsonObject("course-service").getString("status")).isEqualTo("down");
        assertThat(body.getJsonObject("assessment-service").getString("status")).isEqualTo("down");
        assertThat(body.getJsonObject("user-service").getString("status")).isEqualTo("ok");
    }
}
