package academy.testing;

import academy.embedded.ServerEndpoint;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.pgclient.PgConnection;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.pgclient.PgBuilder;
import io.vertx.pgclient.PgConnectOptions;
import io.vertx.sqlclient.PoolOptions;
import java.time.Duration;
import java.util.UUID;

/**
 * A database of one test run on the test PostgreSQL: advisory locks and NOTIFY are per
 * database, so runs never see each other. Dropped (sessions and all) by {@link #drop()}.
 */
public final class TestDatabase implements AutoCloseable {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);
    private static Vertx vertx;

    private final ServerEndpoint server;
    private final String name;

    private TestDatabase(ServerEndpoint server, String name) {
        this.server = server;
        this.name = name;
    }

    public static TestDatabase create() {
        return create(TestServers.postgres());
    }

    public static TestDatabase create(ServerEndpoint server) {
        String name = "academy_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        admin(server, "CREATE DATABASE " + name);
        return new TestDatabase(server, name);
    }

    public String name() {
        return name;
    }

    public ServerEndpoint server() {
        return server;
    }

    /** postgresql://user@host:port/name, the shape of DATABASE_URL. */
    public String url() {
        return server.postgresUrl(name);
    }

    public PgConnectOptions connectOptions() {
        PgConnectOptions options = new PgConnectOptions().setHost(server.host()).setPort(server.port())
                .setDatabase(name).setUser(server.user()).setCachePreparedStatements(true);
        if (server.password() != null && !server.password().isEmpty()) {
            options.setPassword(server.password());
        }
        return options;
    }

    /** A new pool on this database (close it when done). */
    public Pool pool(int maxSize) {
        return Pool.newInstance(PgBuilder.pool().with(new PoolOptions().setMaxSize(maxSize))
                .connectingTo(connectOptions()).using(sharedVertx().getDelegate()).build());
    }

    public static synchronized Vertx sharedVertx() {
        if (vertx == null) {
            vertx = Vertx.vertx();
        }
        return vertx;
    }

    public void drop() {
        admin(server, "DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
    }

    @Override
    public void close() {
        drop();
    }

    private static void admin(ServerEndpoint server, String sql) {
        PgConnectOptions options = new PgConnectOptions().setHost(server.host()).setPort(server.port())
                .setDatabase("postgres").setUser(server.user());
        if (server.password() != null && !server.password().isEmpty()) {
            options.setPassword(server.password());
        }
        PgConnection connection = PgConnection.connect(sharedVertx(), options).await().atMost(TIMEOUT);
        try {
            connection.query(sql).execute().await().atMost(TIMEOUT);
        } finally {
            connection.close().await().atMost(TIMEOUT);
        }
    }
}
