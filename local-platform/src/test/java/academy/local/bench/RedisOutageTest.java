package academy.local.bench;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.buffer.Buffer;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class RedisOutageTest {

    private static final long SECOND = TimeUnit.SECONDS.toNanos(1);
    private static final long MS = TimeUnit.MILLISECONDS.toNanos(1);

    @Test
    void tells_the_board_source_from_the_answer() {
        assertThat(RedisOutage.source(Buffer.buffer("{\"period\":\"week\",\"source\":\"redis\",\"entries\":[]}"))).isEqualTo("redis");
        assertThat(RedisOutage.source(Buffer.buffer("{\"source\":\"postgresql\",\"entries\":[]}"))).isEqualTo("postgresql");
        assertThat(RedisOutage.source(Buffer.buffer("{\"status\":503,\"title\":\"Service Unavailable\"}"))).isNull();
        assertThat(RedisOutage.source(null)).isNull();
    }

    @Test
    void counts_the_latency_of_requests_due_while_redis_was_down_only() {
        RedisOutage.Tally tally = new RedisOutage.Tally();
        tally.answered(1 * SECOND, 1 * SECOND + 2 * MS, board("redis"));
        tally.stopped(2 * SECOND);
        tally.answered(2 * SECOND, 2 * SECOND + 300 * MS, board("postgresql"));
        tally.answered(3 * SECOND, 3 * SECOND + 100 * MS, board("postgresql"));
        tally.restarted(4 * SECOND);
        tally.answered(4 * SECOND, 4 * SECOND + 50 * MS, board("postgresql"));

        assertThat(tally.outage.getTotalCount()).isEqualTo(2);
        assertThat(tally.outage.getMaxValue()).isBetween(299 * MS, 301 * MS);
        assertThat(tally.outage.getMinValue()).isBetween(99 * MS, 101 * MS);
        assertThat(tally.windowSeconds()).isEqualTo(2.0);
        assertThat(tally.fromRedis.get()).isEqualTo(1);
        assertThat(tally.fromPostgresql.get()).isEqualTo(3);
    }

    @Test
    void recovery_is_the_first_answer_from_redis_to_a_request_sent_after_the_restart() {
        RedisOutage.Tally tally = new RedisOutage.Tally();
        tally.stopped(2 * SECOND);
        tally.restarted(4 * SECOND);
        // sent before the restart, answered after it from Redis: not a recovery
        tally.answered(3 * SECOND, 4 * SECOND + 10 * MS, board("redis"));
        assertThat(tally.isRecovered()).isFalse();
        tally.answered(5 * SECOND, 5 * SECOND + 5 * MS, board("postgresql"));
        tally.answered(5 * SECOND, 5 * SECOND + 5 * MS, new LoadGenerator.Answer(503, Buffer.buffer("{\"source\":\"redis\"}")));
        tally.answered(5 * SECOND, 5 * SECOND + 5 * MS, null);
        assertThat(tally.isRecovered()).isFalse();
        tally.recovery(8 * SECOND, 8 * SECOND + 500 * MS, board("redis"));
        tally.answered(7 * SECOND, 7 * SECOND + 100 * MS, board("redis"));

        assertThat(tally.isRecovered()).isTrue();
        assertThat(tally.recoverySeconds()).isEqualTo(3.1, org.assertj.core.data.Offset.offset(1e-9));
    }

    @Test
    void no_recovery_without_a_restart_or_an_answer_from_redis() {
        RedisOutage.Tally tally = new RedisOutage.Tally();
        assertThat(tally.recoverySeconds()).isNaN();
        assertThat(tally.windowSeconds()).isNaN();
        tally.stopped(SECOND);
        tally.restarted(2 * SECOND);
        tally.answered(3 * SECOND, 3 * SECOND, board("postgresql"));
        assertThat(tally.recoverySeconds()).isNaN();
    }

    private static LoadGenerator.Answer board(String source) {
        return new LoadGenerator.Answer(200, Buffer.buffer("{\"period\":\"week\",\"source\":\"" + source + "\",\"entries\":[]}"));
    }
}
