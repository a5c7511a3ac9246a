package academy.eventstore;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.pgclient.PgConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import java.util.concurrent.atomic.AtomicBoolean;

/** A held session advisory lock on its own connection; lost when that connection closes. */
public final class LeaderLease {

    private final String name;
    private final long key;
    private final PgConnection connection;
    private final AtomicBoolean held = new AtomicBoolean(true);

    LeaderLease(String name, long key, PgConnection connection) {
        this.name = name;
        this.key = key;
        this.connection = connection;
        connection.closeHandler(() -> held.set(false));
        connection.exceptionHandler(failure -> held.set(false));
    }

    public String name() {
        return name;
    }

    public boolean isHeld() {
        return held.get();
    }

    /** Unlocks and closes the connection; the lock frees even if the unlock fails. */
    public Uni<Void> release() {
        if (!held.getAndSet(false)) {
            return connection.close().onFailure().recoverWithNull().replaceWithVoid();
        }
        return connection.preparedQuery("SELECT pg_advisory_unlock($1)").execute(Tuple.of(key))
                .onFailure().recoverWithNull()
                .chain(() -> connection.close())
                .onFailure().recoverWithNull()
                .replaceWithVoid();
    }
}
