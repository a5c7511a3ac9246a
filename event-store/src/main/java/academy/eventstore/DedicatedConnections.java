package academy.eventstore;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.pgclient.PgConnection;
import io.vertx.pgclient.PgConnectOptions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Connections outside the pool, for LISTEN and for session advisory locks. They must reach
 * PostgreSQL directly (never through a transaction-pooling proxy), and TCP keepalives make
 * the server notice a dead holder within seconds so its lock frees.
 */
@ApplicationScoped
public class DedicatedConnections {

    private static final String KEEPALIVE = "SET tcp_keepalives_idle = 5; SET tcp_keepalives_interval = 2;"
            + " SET tcp_keepalives_count = 3";

    private final Vertx vertx;
    private final PgConnectOptions baseOptions;
    private final String applicationName;

    @Inject
    public DedicatedConnections(Vertx vertx,
                                @ConfigProperty(name = "quarkus.datasource.reactive.url") String url,
                                @ConfigProperty(name = "quarkus.datasource.username") Optional<String> username,
                                @ConfigProperty(name = "quarkus.datasource.password") Optional<String> password,
                                @ConfigProperty(name = "quarkus.application.name", defaultValue = "academy") String applicationName) {
        this(vertx, options(url, username.orElse(null), password.orElse(null)), applicationName);
    }

    public DedicatedConnections(Vertx vertx, PgConnectOptions baseOptions, String applicationName) {
        this.vertx = vertx;
        this.baseOptions = baseOptions;
        this.applicationName = applicationName;
    }

    /** A new connection named {@code <application>:<purpose>} in pg_stat_activity. */
    public Uni<PgConnection> connect(String purpose) {
        PgConnectOptions options = new PgConnectOptions(baseOptions)
                .setTcpKeepAlive(true)
                .setReconnectAttempts(0);
        options.addProperty("application_name", truncate(applicationName + ":" + purpose));
        return PgConnection.connect(vertx, options)
                .call(connection -> connection.query(KEEPALIVE).execute());
    }

    public String applicationName() {
        return applicationName;
    }

    static PgConnectOptions options(String url, String username, String password) {
        String uri = url.startsWith("vertx-reactive:") ? url.substring("vertx-reactive:".length()) : url;
        PgConnectOptions options = PgConnectOptions.fromUri(uri);
        if (username != null && !username.isBlank()) {
            options.setUser(username);
        }
        if (password != null && !password.isBlank()) {
            options.setPassword(password);
        }
        return options;
    }

    private static String truncate(String name) {
        return name.length() <= 63 ? name : name.substring(0, 63);
    }
}
