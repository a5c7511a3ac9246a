package academy.local.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class PostgresStatsTest {

    private static final long SECOND = 1_000_000_000L;

    @Test
    void work_per_post_as_read_and_net_of_the_idle_background() {
        PostgresStats idleFrom = new PostgresStats(1_000, 2, 500, 0);
        PostgresStats before = new PostgresStats(1_050, 2, 510, 5 * SECOND); // 10 commits/s, 2 rows/s idle
        PostgresStats after = new PostgresStats(5_250, 3, 4_610, 25 * SECOND); // 20 s later

        double[] idle = PostgresStats.perSecond(idleFrom, before);
        assertThat(idle[0]).isCloseTo(10.0, within(1e-9));
        assertThat(idle[2]).isCloseTo(2.0, within(1e-9));

        PostgresStats.Work work = PostgresStats.work(before, after, idle, 1_000);
        assertThat(work.commits()).isEqualTo(4_200);
        assertThat(work.rollbacks()).isEqualTo(1);
        assertThat(work.rowsWritten()).isEqualTo(4_100);
        assertThat(work.transactionsPerPost()).isCloseTo(4.2, within(1e-9));
        assertThat(work.rowsPerPost()).isCloseTo(4.1, within(1e-9));
        assertThat(work.netTransactionsPerPost()).isCloseTo(4.0, within(1e-9)); // 4,200 - 10/s x 20 s
        assertThat(work.netRowsPerPost()).isCloseTo(4.06, within(1e-9)); // 4,100 - 2/s x 20 s
    }

    @Test
    void without_an_idle_reading_the_net_figures_are_the_raw_ones() {
        PostgresStats before = new PostgresStats(0, 0, 0, 0);
        PostgresStats after = new PostgresStats(300, 0, 200, 10 * SECOND);
        assertThat(PostgresStats.perSecond(null, before)).isNull();
        PostgresStats.Work work = PostgresStats.work(before, after, null, 100);
        assertThat(work.netTransactionsPerPost()).isEqualTo(work.transactionsPerPost()).isEqualTo(3.0);
        assertThat(work.netRowsPerPost()).isEqualTo(2.0);
    }
}
