package academy.edge.readmodel;

import io.smallrye.mutiny.Uni;
import java.time.Duration;
import java.util.List;

/**
 * How a service waits for its read models: each service provides one bean, and
 * {@link ReadYourWritesFilter} calls it for routes marked {@link ReadsFrom}.
 */
public interface ReadModelPositions {

    /**
     * True once every named source has passed {@code position} (the position of an event a command
     * answered with), false when {@code maxWait} ran out first. Never fails for a source that is
     * merely behind; an unknown source name is a defect (IllegalArgumentException).
     */
    Uni<Boolean> reached(List<String> sources, long position, Duration maxWait);
}
