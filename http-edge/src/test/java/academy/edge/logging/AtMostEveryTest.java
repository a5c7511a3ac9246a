package academy.edge.logging;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class AtMostEveryTest {

    final AtomicLong now = new AtomicLong(5_000_000);
    final AtMostEvery oncePerMinute = new AtMostEvery(Duration.ofMinutes(1), now::get);

    @Test
    void theFirstCallOfEachIntervalIsDueAndTheRestAreNot() {
        assertThat(oncePerMinute.due()).isTrue();
        assertThat(oncePerMinute.due()).isFalse();
        now.addAndGet(59_999);
        assertThat(oncePerMinute.due()).isFalse();
        now.addAndGet(1);
        assertThat(oncePerMinute.due()).isTrue();
        assertThat(oncePerMinute.due()).isFalse();
    }
}
