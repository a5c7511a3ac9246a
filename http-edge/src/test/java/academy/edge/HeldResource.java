package academy.edge;

import academy.edge.auth.Caller;
import academy.edge.idempotency.CommandResponse;
import academy.edge.idempotency.IdempotentCommands;
import academy.edge.problem.ProblemException;
import io.smallrye.mutiny.Uni;
import io.vertx.core.impl.NoStackTraceThrowable;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import java.net.SocketException;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/** Routes for the edge's own tests: one held until the test releases it, one idempotent command, failing ones. */
@Path("/edge-test")
public class HeldResource {

    static final AtomicReference<CompletableFuture<String>> GATE = new AtomicReference<>(new CompletableFuture<>());
    static final AtomicInteger COMMANDS_RUN = new AtomicInteger();

    @Inject
    IdempotentCommands commands;

    @Inject
    Caller caller;

    @Inject
    Pool pool;

    static final AtomicReference<CompletableFuture<String>> CONNECTION_GATE = new AtomicReference<>(new CompletableFuture<>());
    static final AtomicReference<CompletableFuture<Void>> CONNECTION_TAKEN = new AtomicReference<>(new CompletableFuture<>());

    public record Order(String item, int quantity) {
    }

    @GET
    @Path("/held")
    public Uni<String> held() {
        return Uni.createFrom().completionStage(GATE.get());
    }

    /** Takes a pool connection and keeps it until the test releases the gate. */
    @GET
    @Path("/held-connection")
    public Uni<String> heldConnection() {
        return pool.getConnection().chain(connection -> {
            CONNECTION_TAKEN.get().complete(null);
            return Uni.createFrom().completionStage(CONNECTION_GATE.get()).eventually(connection::close);
        });
    }

    @GET
    @Path("/query")
    public Uni<String> query() {
        return pool.query("SELECT 1").execute().map(rows -> "ok");
    }

    /** Fails the way the store's client fails: a server-closed connection, a reset socket, or an unrelated Throwable. */
    @GET
    @Path("/failing/{kind}")
    public Uni<String> failing(@PathParam("kind") String kind) {
        return Uni.createFrom().failure(switch (kind) {
            case "inactive" -> new NoStackTraceThrowable("Connection is not active now, current status: CLOSED");
            case "reset" -> new CompletionException(new SocketException("Connection reset"));
            default -> new Throwable("a defect, not a store outage");
        });
    }

    @POST
    @Path("/orders")
    public Uni<Response> order(@HeaderParam("Idempotency-Key") String key, Order order) {
        Order body = ProblemException.requireBody(order);
        return commands.run("POST /edge-test/orders", key, body, () -> {
            int run = COMMANDS_RUN.incrementAndGet();
            return Uni.createFrom().item(CommandResponse.created(Map.of("run", run, "user", caller.userId())));
        });
    }
}
