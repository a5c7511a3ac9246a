package academy.edge.time;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;

/** A clock tests set and advance: {@code QuarkusMock.installMockForType(clock, AcademyClock.class)}. */
public class ControlledClock extends AcademyClock {

    private final AtomicReference<Instant> now;

    public ControlledClock(Instant start) {
        this.now = new AtomicReference<>(start);
    }

    @Override
    public Instant now() {
        return now.get();
    }

    public void set(Instant instant) {
        now.set(instant);
    }

    public void advance(Duration duration) {
        now.updateAndGet(current -> current.plus(duration));
    }
}
