package academy.user.infrastructure;

import academy.eventstore.RecordedEvent;
import academy.eventstore.StreamFold;
import academy.eventstore.codec.EventCodec;
import academy.user.domain.UserDecider;
import academy.user.domain.UserEvent;
import academy.user.domain.UserState;
import java.util.List;

/** The stream {@code user-{userId}}: its id and how its events are stored (type names: the records' simple names). */
public final class UserStream {

    public static final EventCodec<UserEvent> EVENTS = EventCodec.of(UserEvent.class);

    /** Folds a user stream; unknown event types are skipped (tolerant reader). */
    public static final StreamFold<UserState> FOLD = EVENTS.fold(UserState.initial(), UserDecider::evolve);

    private UserStream() {
    }

    public static String streamId(long userId) {
        return "user-" + userId;
    }

    /** The stream's version: its last event's, 0 when it does not exist. */
    public static int versionOf(List<RecordedEvent> history) {
        return history.isEmpty() ? 0 : history.get(history.size() - 1).streamVersion();
    }
}
