package academy.edge.problem;

import io.vertx.pgclient.PgException;
import io.vertx.sqlclient.ClosedConnectionException;
import java.net.ConnectException;
import java.util.concurrent.TimeoutException;

/** Failures that mean "a store is unreachable right now": 503 with Retry-After, never a 500. */
final class Unavailability {

    private Unavailability() {
    }

    static boolean isUnavailable(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof ConnectException || cause instanceof ClosedConnectionException
                    || cause instanceof TimeoutException) {
                return true;
            }
            if (cause instanceof PgException pg && pg.getSqlState() != null
                    && (pg.getSqlState().startsWith("08") || pg.getSqlState().startsWith("57P"))) {
                return true;
            }
        }
        return false;
    }
}
