package academy.eventstore;

import java.util.List;
import java.util.function.BiFunction;

/** How a command handler rebuilds a stream's state: an initial state and {@code evolve}. */
public record StreamFold<S>(S initial, BiFunction<S, RecordedEvent, S> evolve) {

    public S fold(List<RecordedEvent> events) {
        S state = initial;
        for (RecordedEvent event : events) {
            state = evolve.apply(state, event);
        }
        return state;
    }
}
