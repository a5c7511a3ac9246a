package academy.projector.projection.application;

import academy.eventstore.Checkpoints;
import academy.eventstore.FeedPosition;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.SqlConnection;
import jakarta.enterprise.context.ApplicationScoped;
import academy.projector.projection.infrastructure.TableNames;

/**
 * The rebuild's table work. Names come from the projection's fixed table list, never from
 * input, so they are spliced into DDL (which takes no parameters).
 */
@ApplicationScoped
public class TableSwap {

    private static final String RETIRED = "__retired";

    private final Pool pool;

    public TableSwap(Pool pool) {
        this.pool = pool;
    }

    /** Empty copies of the live tables, with their keys, indexes, defaults and generated columns. */
    public Uni<Void> prepare(TableNames copies) {
        return pool.withTransaction(tx -> {
            Uni<Void> steps = Uni.createFrom().voidItem();
            for (String table : copies.tables()) {
                String copy = copies.of(table);
                steps = steps.chain(() -> run(tx, "DO $$ BEGIN IF to_regclass('" + copy + "') IS NOT NULL"
                                + " THEN DROP TABLE " + copy + "; END IF; END $$"))
                        .chain(() -> run(tx, "CREATE TABLE " + copy + " (LIKE " + table + " INCLUDING ALL)"));
            }
            return steps;
        });
    }

    /**
     * In one transaction: the copies become the live tables and the checkpoint moves to
     * {@code position} (a compare-and-set fencing the live leader: it reloads and goes on from there).
     */
    public Uni<Void> swapIn(TableNames copies, String subscription, FeedPosition position) {
        return pool.withTransaction(tx -> {
            Uni<Void> steps = run(tx, "SET LOCAL lock_timeout = '10s'");
            for (String table : copies.tables()) {
                String copy = copies.of(table);
                steps = steps.chain(() -> run(tx, "ALTER TABLE " + table + " RENAME TO " + table + RETIRED))
                        .chain(() -> run(tx, "ALTER TABLE " + copy + " RENAME TO " + table))
                        .chain(() -> run(tx, "DROP TABLE " + table + RETIRED));
            }
            return steps.chain(() -> Checkpoints.reset(tx, subscription, position));
        });
    }

    private static Uni<Void> run(SqlConnection tx, String sql) {
        return tx.query(sql).execute().replaceWithVoid();
    }
}
