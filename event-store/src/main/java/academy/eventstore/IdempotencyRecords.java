package academy.eventstore;

import io.smallrye.mutiny.Uni;
import io.vertx.core.json.JsonObject;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * What a command with an Idempotency-Key answered (guarantee 2): a retry gets the first answer
 * even when the command appended nothing; the same key with another request is refused.
 */
@ApplicationScoped
public class IdempotencyRecords {

    private static final String FIND = "SELECT request_hash, status, response FROM idempotency_records"
            + " WHERE user_id = $1 AND route = $2 AND idempotency_key = $3";
    // Two concurrent first tries: both commands are idempotent by their event ids; the first record wins.
    private static final String SAVE = "INSERT INTO idempotency_records"
            + " (user_id, route, idempotency_key, request_hash, status, response) VALUES ($1, $2, $3, $4, $5, $6)"
            + " ON CONFLICT (user_id, route, idempotency_key) DO NOTHING";

    private final Pool pool;

    @Inject
    public IdempotencyRecords(Pool pool) {
        this.pool = pool;
    }

    /** A stored answer. */
    public record StoredResponse(int status, JsonObject body) {
    }

    /**
     * The first answer to this key, null when there is none yet.
     *
     * @throws IdempotencyKeyReusedException when the key was used with another request
     */
    public Uni<StoredResponse> find(String userId, String route, String key, String requestHash) {
        return pool.preparedQuery(FIND).execute(Tuple.of(userId, route, key)).map(rows -> {
            if (rows.size() == 0) {
                return null;
            }
            var row = rows.iterator().next();
            if (!row.getString("request_hash").equals(requestHash)) {
                throw new IdempotencyKeyReusedException(key);
            }
            return new StoredResponse(row.getInteger("status"), row.getJsonObject("response"));
        });
    }

    /** Records the answer; when another try recorded first, returns that one instead. */
    public Uni<StoredResponse> save(String userId, String route, String key, String requestHash, StoredResponse response) {
        Tuple args = Tuple.tuple().addString(userId).addString(route).addString(key).addString(requestHash)
                .addInteger(response.status()).addJsonObject(response.body());
        return pool.preparedQuery(SAVE).execute(args)
                .chain(() -> find(userId, route, key, requestHash));
    }

    /** The same Idempotency-Key with a different request: HTTP 422. */
    public static class IdempotencyKeyReusedException extends RuntimeException {
        public IdempotencyKeyReusedException(String key) {
            super("Idempotency-Key was already used with a different request");
        }
    }
}
