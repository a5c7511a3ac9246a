package academy.edge.readmodel;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/** A read model whose position a test moves by hand. */
@ApplicationScoped
public class TestReadPositions implements ReadModelPositions {

    static final String SOURCE = "test-read-model";
    static final AtomicLong REACHED = new AtomicLong();
    static final AtomicInteger POLLS = new AtomicInteger();

    @Override
    public Uni<Boolean> reached(List<String> sources, long position, Duration maxWait) {
        if (!sources.equals(List.of(SOURCE))) {
            return Uni.createFrom().failure(new IllegalArgumentException("no read model named " + sources));
        }
        return ReadYourWrites.untilPosition(position, maxWait, () -> {
            POLLS.incrementAndGet();
            return Uni.createFrom().item(REACHED.get());
        });
    }
}
