package academy.eventstore;

import io.vertx.pgclient.PgException;
import java.util.Set;

/**
 * Failures that say nothing about the event being handled: the store is unreachable or busy
 * ({@link StoreUnavailable}), the transaction lost a race (deadlock, serialization failure, a
 * {@link ConcurrencyConflictException}), or waited too long (lock or statement timeout), or was
 * already aborted by one of those. A feed retries them for as long as they last and never
 * counts them toward parking the event.
 */
public final class TransientFailure {

    private static final Set<String> SQL_STATES = Set.of(
            "40P01", // deadlock detected
            "40001", // serialization failure
            "55P03", // lock not available (lock_timeout)
            "57014", // query canceled (statement_timeout)
            "25P02"); // in failed transaction: the statement that aborted it failed first

    private TransientFailure() {
    }

    public static boolean is(Throwable failure) {
        if (StoreUnavailable.is(failure)) {
            return true;
        }
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof ConcurrencyConflictException) {
                return true;
            }
            if (cause instanceof PgException pg && pg.getSqlState() != null && SQL_STATES.contains(pg.getSqlState())) {
                return true;
            }
        }
        return false;
    }
}
