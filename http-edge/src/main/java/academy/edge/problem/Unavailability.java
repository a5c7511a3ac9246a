package academy.edge.problem;

import io.vertx.pgclient.PgException;
import io.vertx.sqlclient.ClosedConnectionException;
import java.net.SocketException;
import java.util.concurrent.TimeoutException;

/** Failures that mean "a store is unreachable right now": 503 with Retry-After, never a 500. */
final class Unavailability {

    private Unavailability() {
    }

    /** vertx-sql-client's failure for a command queued on a connection the server has just closed. */
    private static final String INACTIVE_CONNECTION = "Connection is not active now";

    static boolean isUnavailable(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            // SocketException: refused (ConnectException) and reset by the server (a killed session, a stopping server).
            if (cause instanceof SocketException || cause instanceof ClosedConnectionException
                    || cause instanceof TimeoutException) {
                return true;
            }
            if (cause.getMessage() != null && cause.getMessage().startsWith(INACTIVE_CONNECTION)) {
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
