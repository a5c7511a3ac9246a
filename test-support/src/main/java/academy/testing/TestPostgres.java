package academy.testing;

import io.vertx.mutiny.sqlclient.Pool;

/** Direct access to the database of the @QuarkusTest run in progress. */
public final class TestPostgres {

    private static Pool pool;

    private TestPostgres() {
    }

    /** A small pool on the run's database, shared by the tests of this JVM. */
    public static synchronized Pool pool() {
        if (pool == null) {
            pool = AcademyTestResource.currentDatabase().pool(4);
        }
        return pool;
    }

    public static TestDatabase database() {
        return AcademyTestResource.currentDatabase();
    }
}
