package academy.user.infrastructure;

import academy.eventstore.EventMetadata;
import academy.eventstore.NewEvent;
import academy.eventstore.RecordedEvent;
import academy.eventstore.StreamFold;
import academy.user.domain.ProfileUpdated;
import academy.user.domain.StreakExtended;
import academy.user.domain.StreakFreezeEarned;
import academy.user.domain.StreakFreezeUsed;
import academy.user.domain.StreakReset;
import academy.user.domain.UserDecider;
import academy.user.domain.UserErased;
import academy.user.domain.UserEvent;
import academy.user.domain.UserRegistered;
import academy.user.domain.UserState;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.IntFunction;

/** Between the domain's user events and the store's NewEvent/RecordedEvent. */
public final class UserEventMapping {

    private static final Map<String, Class<? extends UserEvent>> TYPES = Map.of(
            "UserRegistered", UserRegistered.class,
            "ProfileUpdated", ProfileUpdated.class,
            "StreakExtended", StreakExtended.class,
            "StreakFreezeEarned", StreakFreezeEarned.class,
            "StreakFreezeUsed", StreakFreezeUsed.class,
            "StreakReset", StreakReset.class,
            "UserErased", UserErased.class);

    /** Folds a user stream; unknown event types are skipped (tolerant reader). */
    public static final StreamFold<UserState> FOLD = new StreamFold<>(UserState.initial(), (state, recorded) -> {
        UserEvent event = toDomain(recorded);
        return event == null ? state : UserDecider.evolve(state, event);
    });

    private UserEventMapping() {
    }

    public static String streamId(long userId) {
        return "user-" + userId;
    }

    public static UserEvent toDomain(RecordedEvent recorded) {
        Class<? extends UserEvent> type = TYPES.get(recorded.eventType());
        return type == null ? null : recorded.dataAs(type);
    }

    public static List<NewEvent> toNewEvents(List<UserEvent> events, IntFunction<UUID> idForIndex, EventMetadata metadata) {
        List<NewEvent> result = new ArrayList<>(events.size());
        for (int i = 0; i < events.size(); i++) {
            result.add(NewEvent.of(idForIndex.apply(i), events.get(i), metadata));
        }
        return result;
    }

    /** The stream's version: its last event's, 0 when it does not exist. */
    public static int versionOf(List<RecordedEvent> history) {
        return history.isEmpty() ? 0 : history.get(history.size() - 1).streamVersion();
    }
}
