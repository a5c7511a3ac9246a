package academy.edge.idempotency;

import academy.edge.auth.Caller;
import academy.edge.problem.ProblemException;
import academy.eventstore.IdempotencyRecords;
import academy.eventstore.IdempotencyRecords.StoredResponse;
import academy.eventstore.command.CommandOrigin;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.smallrye.mutiny.Uni;
import io.vertx.core.json.JsonObject;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * Commands with an optional Idempotency-Key (ARCHITECTURE guarantee 2): the first successful
 * answer is recorded with a hash of the request, a retry gets it back without running the
 * command again, the same key with another request is 422. Only 2xx answers are recorded: a
 * refused command may succeed when retried later.
 */
@ApplicationScoped
public class IdempotentCommands {

    public static final String HEADER = "Idempotency-Key";
    private static final Pattern VALID_KEY = Pattern.compile("[\\x21-\\x7E]{1,200}");
    private static final ObjectMapper CANONICAL = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .configure(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY, true)
            .configure(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS, true)
            .configure(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS, false)
            .build();

    private final IdempotencyRecords records;
    private final Caller caller;

    @Inject
    public IdempotentCommands(IdempotencyRecords records, Caller caller) {
        this.records = records;
        this.caller = caller;
    }

    /** Checks the header's shape: 422 naming Idempotency-Key when it is not 1-200 visible ASCII characters. */
    public static void validateKey(String key) {
        if (key != null && !VALID_KEY.matcher(key).matches()) {
            throw ProblemException.unprocessable(HEADER, "must be 1 to 200 visible ASCII characters");
        }
    }

    /**
     * Runs {@code command} once per (caller, route, key). {@code route} names the target, e.g.
     * {@code "POST /lessons/progress/<lessonId>"}; {@code request} is the parsed body (may be null).
     */
    public Uni<Response> run(String route, String key, Object request, Supplier<Uni<CommandResponse>> command) {
        if (key == null) {
            return command.get().map(IdempotentCommands::toResponse);
        }
        validateKey(key);
        String userId = Long.toString(caller.userId());
        String hash = hash(route, request);
        return records.find(userId, route, key, hash).chain(stored -> {
            if (stored != null) {
                return Uni.createFrom().item(replayed(stored));
            }
            return command.get().chain(answer -> {
                if (answer.status() < 200 || answer.status() >= 300) {
                    return Uni.createFrom().item(toResponse(answer));
                }
                return records.save(userId, route, key, hash, new StoredResponse(answer.status(), toJson(answer.body())))
                        .map(IdempotentCommands::fromStored);
            });
        });
    }

    private static Response toResponse(CommandResponse answer) {
        return Response.status(answer.status()).entity(answer.body()).build();
    }

    private static Response fromStored(StoredResponse stored) {
        return Response.status(stored.status()).entity(stored.body().getMap()).build();
    }

    private static Response replayed(StoredResponse stored) {
        return Response.status(stored.status()).entity(stored.body().getMap()).header("Idempotent-Replayed", "true").build();
    }

    @SuppressWarnings("unchecked")
    private static JsonObject toJson(Object body) {
        return new JsonObject(CANONICAL.convertValue(body, Map.class));
    }

    /**
     * The hash a keyed command stores in its events' metadata (null without a key), so a retry
     * with another request is refused even when the first never recorded its answer.
     * {@code request} must be the same object passed to {@link #run}.
     */
    public static String requestHash(String route, String key, Object request) {
        return key == null ? null : hash(route, request);
    }

    /**
     * The origin of a command sent by {@code callerId} to {@code route}: its event ids, metadata
     * and, with a key, the hash of {@code request} (the same object passed to {@link #run}).
     */
    public static CommandOrigin origin(long callerId, String route, String key, String traceparent, Object request) {
        return CommandOrigin.of(callerId, route, key, traceparent, requestHash(route, key, request));
    }

    static String hash(String route, Object request) {
        try {
            byte[] canonical = CANONICAL.writeValueAsBytes(request);
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(route.getBytes(StandardCharsets.UTF_8));
            sha.update((byte) '\n');
            return HexFormat.of().formatHex(sha.digest(canonical));
        } catch (JsonProcessingException | NoSuchAlgorithmException e) {
            throw new IllegalStateException("request cannot be hashed", e);
        }
    }
}
