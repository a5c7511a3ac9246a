package academy.projector.projection.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class TableNamesTest {

    private final TableNames live = TableNames.live(List.of("xp_totals", "xp_weekly"));

    @Test
    void liveStatementsNameTheLiveTables() {
        assertThat(live.sql("INSERT INTO {xp_totals} SELECT * FROM {xp_weekly}"))
                .isEqualTo("INSERT INTO xp_totals SELECT * FROM xp_weekly");
        assertThat(live.isLive()).isTrue();
    }

    @Test
    void rebuildStatementsNameTheCopies() {
        TableNames copies = live.rebuild();

        assertThat(copies.sql("UPDATE {xp_totals} SET total_xp = 0")).isEqualTo("UPDATE xp_totals__rebuild SET total_xp = 0");
        assertThat(copies.isLive()).isFalse();
    }

    @Test
    void onlyTheProjectionsOwnTablesCanBeNamed() {
        assertThatThrownBy(() -> live.sql("DELETE FROM {event_store}")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> live.of("user_activities")).isInstanceOf(IllegalArgumentException.class);
    }
}
