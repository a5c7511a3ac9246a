package academy.edge.health;

import academy.eventstore.EventStoreStartup;
import io.quarkus.redis.datasource.ReactiveRedisDataSource;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The seed's {@code GET /health}: 200 while PostgreSQL answers and the store is ready; Redis
 * down only degrades (it holds derived data). 503 names the failing part.
 */
@Path("/health")
public class HealthResource {

    private static final Duration CHECK_TIMEOUT = Duration.ofMillis(800);

    private final Pool pool;
    private final ReactiveRedisDataSource redis;
    private final EventStoreStartup store;

    @Inject
    public HealthResource(Pool pool, ReactiveRedisDataSource redis, EventStoreStartup store) {
        this.pool = pool;
        this.redis = redis;
        this.store = store;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Uni<Response> health() {
        Uni<Boolean> database = pool.query("SELECT 1").execute().replaceWith(true)
                .ifNoItem().after(CHECK_TIMEOUT).recoverWithItem(false)
                .onFailure().recoverWithItem(false);
        Uni<Boolean> cache = redis.execute("PING").replaceWith(true)
                .ifNoItem().after(CHECK_TIMEOUT).recoverWithItem(false)
                .onFailure().recoverWithItem(false);
        return Uni.combine().all().unis(database, cache).asTuple().map(checks -> {
            boolean databaseUp = checks.getItem1();
            boolean ready = store.isReady();
            Map<String, String> body = new LinkedHashMap<>();
            body.put("status", databaseUp && ready ? "ok" : "down");
            body.put("database", databaseUp ? "connected" : "disconnected");
            body.put("redis", checks.getItem2() ? "connected" : "degraded");
            body.put("eventStore", ready ? "ready" : "starting");
            return Response.status(databaseUp && ready ? 200 : 503).entity(body).build();
        });
    }
}
