package academy.user.application;

import academy.edge.time.AcademyClock;
import academy.eventstore.EventStore;
import academy.user.domain.StreakRules;
import academy.user.domain.UserState;
import academy.user.infrastructure.Profile;
import academy.user.infrastructure.UserStream;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/** Reads a user stream into state and the streak as of now in the learner's zone. */
@ApplicationScoped
public class UserStreams {

    private final EventStore store;
    private final AcademyClock clock;

    public UserStreams(EventStore store, AcademyClock clock) {
        this.store = store;
        this.clock = clock;
    }

    public Uni<Snapshot> load(long userId) {
        return store.readStream(UserStream.streamId(userId)).map(history -> new Snapshot(
                UserStream.FOLD.fold(history), history.isEmpty() ? 0 : history.get(history.size() - 1).globalPosition()));
    }

    public UserView view(Profile profile, UserState state, long position) {
        return new UserView(profile, state, StreakRules.asOf(state, clock.now()), position);
    }

    /** A user stream folded, and the global position of its last event (0 when empty). */
    public record Snapshot(UserState state, long position) {
    }
}
