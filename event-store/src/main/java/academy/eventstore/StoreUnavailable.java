package academy.eventstore;

import io.vertx.core.http.ConnectionPoolTooBusyException;
import io.vertx.pgclient.PgException;
import io.vertx.sqlclient.ClosedConnectionException;
import java.net.SocketException;
import java.util.concurrent.TimeoutException;

/**
 * Failures that mean "a store cannot be reached right now", not "this request or event is
 * wrong": a client is told to retry (503), a feed waits instead of counting it against the event.
 */
public final class StoreUnavailable {

    /** vertx-sql-client's failure for a command queued on a connection the server has just closed. */
    private static final String INACTIVE_CONNECTION = "Connection is not active now";

    private StoreUnavailable() {
    }

    public static boolean is(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            // SocketException: refused (ConnectException) and reset by the server (a killed session, a stopping server).
            // TimeoutException covers waiting longer than the pool's connection timeout for a connection.
            if (cause instanceof SocketException || cause instanceof ClosedConnectionException
                    || cause instanceof TimeoutException || cause instanceof ConnectionPoolTooBusyException) {
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
