package academy.projector.dashboard.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class DashboardCacheTicketsTest {

    private final DashboardCache cache = new DashboardCache(Duration.ofSeconds(30), 100);

    @Test
    void a_dashboard_computed_before_its_learner_changed_is_not_stored() {
        long ticket = cache.ticket();
        cache.invalidateHere(List.of(7L));

        cache.put(7L, "{\"stale\":true}", ticket);

        assertThat(cache.get(7L)).isEmpty();
    }

    @Test
    void another_learners_change_does_not_stop_it() {
        long ticket = cache.ticket();
        cache.invalidateHere(List.of(8L));

        cache.put(7L, "{}", ticket);

        assertThat(cache.get(7L)).contains("{}");
    }

    @Test
    void a_dashboard_computed_before_the_cache_was_cleared_is_not_stored() {
        long ticket = cache.ticket();
        cache.clearHere();

        cache.put(7L, "{}", ticket);

        assertThat(cache.get(7L)).isEmpty();
    }

    @Test
    void invalidation_drops_a_held_dashboard() {
        cache.put(7L, "{}", cache.ticket());

        cache.invalidateHere(List.of(7L));

        assertThat(cache.get(7L)).isEmpty();
    }
}
