package academy.platform;

import academy.embedded.EmbeddedPostgres;
import academy.embedded.Ports;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.pgclient.PgConnectOptions;
import io.vertx.pgclient.PgConnection;
import io.vertx.sqlclient.Tuple;
import java.net.URI;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * The academy's PostgreSQL: DATABASE_URL when given, else a server answering on
 * 127.0.0.1:5432, else an embedded one whose data stays in the state folder (a restart keeps
 * it). The database of the URL is created when missing.
 */
public final class Postgres implements AutoCloseable {

    private final String url;
    private final String origin;
    private final EmbeddedPostgres embedded;

    private Postgres(String url, String origin, EmbeddedPostgres embedded) {
        this.url = url;
        this.origin = origin;
        this.embedded = embedded;
    }

    public static Postgres find(String databaseUrl, boolean embeddedOnly, Path dataDirectory, Vertx vertx) {
        Postgres postgres;
        if (databaseUrl != null) {
            postgres = new Postgres(databaseUrl, "from DATABASE_URL", null);
        } else if (!embeddedOnly && Ports.answers("127.0.0.1", 5432)) {
            postgres = new Postgres("postgresql://postgres@127.0.0.1:5432/" + PlatformOptions.DEFAULT_DATABASE,
                    "local server on 127.0.0.1:5432", null);
        } else {
            EmbeddedPostgres server = startEmbedded(dataDirectory);
            postgres = new Postgres("postgresql://postgres@127.0.0.1:" + server.port() + "/" + PlatformOptions.DEFAULT_DATABASE,
                    "embedded, data in " + dataDirectory, server);
        }
        try {
            postgres.createDatabaseIfMissing(vertx);
        } catch (RuntimeException e) {
            postgres.close();
            throw e;
        }
        return postgres;
    }

    public String url() {
        return url;
    }

    /** The database of the URL. */
    public String databaseName() {
        return parse(url).getDatabase();
    }

    /**
     * Another database on the same server, created when missing (a benchmark's own); closing it
     * never stops the server, {@link #dropDatabase} removes it.
     */
    public Postgres otherDatabase(String name, Vertx vertx) {
        URI uri = URI.create(url);
        String query = uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery();
        String other = uri.getScheme() + "://" + uri.getRawAuthority() + "/" + plainIdentifier(name) + query;
        Postgres postgres = new Postgres(other, origin, null);
        postgres.createDatabaseIfMissing(vertx);
        return postgres;
    }

    /** DROP DATABASE of the URL, its sessions included. */
    public void dropDatabase(Vertx vertx) {
        String database = plainIdentifier(parse(url).getDatabase());
        PgConnectOptions admin = new PgConnectOptions(parse(url)).setDatabase("postgres");
        Future<Void> work = PgConnection.connect(vertx, admin).compose(connection -> connection
                .query("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)").execute().<Void>mapEmpty()
                .eventually(() -> connection.close()));
        await(work, "could not drop the database " + database);
    }

    String origin() {
        return origin;
    }

    /** The URL without credentials, for messages. */
    String displayUrl() {
        URI uri = URI.create(url);
        return "postgresql://" + uri.getHost() + ":" + (uri.getPort() < 0 ? 5432 : uri.getPort()) + uri.getPath();
    }

    private static EmbeddedPostgres startEmbedded(Path dataDirectory) {
        try {
            return EmbeddedPostgres.start(dataDirectory, Ports.free());
        } catch (RuntimeException e) {
            throw new PlatformException("could not start the embedded PostgreSQL: " + e.getMessage()
                    + "\n  (or set DATABASE_URL to a PostgreSQL 14+ server)", e);
        }
    }

    private static String plainIdentifier(String database) {
        if (database == null || !database.matches("[A-Za-z_][A-Za-z0-9_]{0,62}")) {
            throw new PlatformException("the database name '" + database + "' in DATABASE_URL is not a plain identifier");
        }
        return database;
    }

    private void createDatabaseIfMissing(Vertx vertx) {
        PgConnectOptions target = parse(url);
        String database = plainIdentifier(target.getDatabase());
        PgConnectOptions admin = new PgConnectOptions(target).setDatabase("postgres");
        Future<Void> work = PgConnection.connect(vertx, admin).compose(connection -> connection
                .preparedQuery("SELECT 1 FROM pg_database WHERE datname = $1").execute(Tuple.of(database))
                .compose(rows -> rows.size() > 0 ? Future.<Void>succeededFuture()
                        : connection.query("CREATE DATABASE " + database).execute().<Void>mapEmpty())
                .eventually(() -> connection.close()));
        await(work, "PostgreSQL at " + displayUrl() + " (" + origin + ") did not answer");
    }

    private static void await(Future<Void> work, String failure) {
        try {
            work.toCompletionStage().toCompletableFuture().get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            throw new PlatformException(failure + ": " + cause.getMessage(), e);
        }
    }

    public static PgConnectOptions parse(String url) {
        try {
            PgConnectOptions options = PgConnectOptions.fromUri(url);
            if (options.getUser() == null || options.getUser().isEmpty()) {
                options.setUser("postgres");
            }
            return options;
        } catch (RuntimeException e) {
            throw new PlatformException("DATABASE_URL is not a postgresql:// URL: " + e.getMessage());
        }
    }

    @Override
    public void close() {
        if (embedded != null) {
            try {
                embedded.close();
            } catch (RuntimeException e) {
                System.err.println("the embedded PostgreSQL did not stop cleanly: " + e.getMessage());
            }
        }
    }
}
