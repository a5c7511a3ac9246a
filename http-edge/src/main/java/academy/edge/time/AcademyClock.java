package academy.edge.time;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;

/**
 * The server's time: completions, deadlines and streak days are read from here, never from a
 * client. Tests replace it with {@link ControlledClock}.
 */
@ApplicationScoped
public class AcademyClock {

    private final Clock clock = Clock.systemUTC();

    public Instant now() {
        return clock.instant();
    }
}
