package academy.projector.it;

import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Direct reads of read-model tables, as column maps. */
final class Rows {

    private Rows() {
    }

    static List<Map<String, Object>> query(Pool pool, String sql, Object... args) {
        var rows = pool.preparedQuery(sql).execute(Tuple.from(args)).await().atMost(Duration.ofSeconds(5));
        List<Map<String, Object>> result = new ArrayList<>();
        for (Row row : rows) {
            Map<String, Object> columns = new LinkedHashMap<>();
            for (int i = 0; i < row.size(); i++) {
                Object value = row.getValue(i);
                columns.put(row.getColumnName(i), value == null ? null : value.toString());
            }
            result.add(columns);
        }
        return result;
    }

    static Map<String, Object> one(Pool pool, String sql, Object... args) {
        List<Map<String, Object>> rows = query(pool, sql, args);
        if (rows.size() != 1) {
            throw new AssertionError("expected one row, got " + rows.size() + " for " + sql);
        }
        return rows.get(0);
    }
}
