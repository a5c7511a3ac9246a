package academy.projector.projection.infrastructure;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import java.util.ArrayList;
import java.util.List;

/**
 * Statements of one batch, run in order on the batch's transaction; consecutive runs of the
 * same statement go to the server as one pipelined batch.
 */
public final class SqlSteps {

    private final List<String> statements = new ArrayList<>();
    private final List<Tuple> arguments = new ArrayList<>();

    public SqlSteps add(String sql, Tuple args) {
        statements.add(sql);
        arguments.add(args);
        return this;
    }

    boolean isEmpty() {
        return statements.isEmpty();
    }

    public Uni<Void> run(SqlConnection transaction) {
        Uni<Void> chain = Uni.createFrom().voidItem();
        int start = 0;
        while (start < statements.size()) {
            int end = start;
            while (end < statements.size() && statements.get(end).equals(statements.get(start))) {
                end++;
            }
            String sql = statements.get(start);
            List<Tuple> run = List.copyOf(arguments.subList(start, end));
            chain = chain.chain(() -> (run.size() == 1
                    ? transaction.preparedQuery(sql).execute(run.get(0))
                    : transaction.preparedQuery(sql).executeBatch(run)).replaceWithVoid());
            start = end;
        }
        return chain;
    }
}
