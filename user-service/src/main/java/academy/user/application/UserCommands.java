package academy.user.application;

import academy.edge.time.AcademyClock;
import academy.eventstore.ConcurrencyConflictException;
import academy.eventstore.EventStore;
import academy.eventstore.ExpectedVersion;
import academy.eventstore.command.CommandOrigin;
import academy.refusal.RefusedException;
import academy.user.domain.UserCommand;
import academy.user.domain.UserDecider;
import academy.user.domain.UserEvent;
import academy.user.domain.UserState;
import academy.user.infrastructure.Profile;
import academy.user.infrastructure.ProfileRepository;
import academy.user.infrastructure.UserStream;
import academy.user.infrastructure.UserRedisKeys;
import io.quarkus.logging.Log;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.SqlConnection;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * PATCH and DELETE /users/me: the user stream's events and the profile row change in one
 * transaction (append first), so nothing is ever half-written.
 */
@ApplicationScoped
public class UserCommands {

    static final int CONFLICT_RETRIES = 5;

    private final Pool pool;
    private final EventStore store;
    private final ProfileRepository profiles;
    private final UserRedisKeys redisKeys;
    private final UserStreams streams;
    private final AcademyClock clock;

    public UserCommands(Pool pool, EventStore store, ProfileRepository profiles, UserRedisKeys redisKeys,
                        UserStreams streams, AcademyClock clock) {
        this.pool = pool;
        this.store = store;
        this.profiles = profiles;
        this.redisKeys = redisKeys;
        this.streams = streams;
        this.clock = clock;
    }

    public Uni<UserView> changeProfile(long userId, ProfileChange change, String traceparent) {
        String displayName = change.displayName() == null ? null : change.displayName().strip();
        return retryingConflicts(() -> pool.withTransaction(tx -> load(tx, userId).chain(loaded -> {
            Profile profile = requireProfile(loaded.profile());
            Instant now = clock.now();
            boolean nameDiffers = displayName != null && !displayName.equals(profile.displayName());
            List<UserEvent> events = UserDecider.decide(new UserCommand.ChangeProfile(userId, change.timeZone(),
                    change.languageCode(), displayName, nameDiffers, now), loaded.state());
            UserState after = fold(loaded.state(), events);
            return append(tx, userId, loaded.version(), events, traceparent)
                    .map(appendedAt -> appendedAt == null ? loaded.position() : appendedAt)
                    .chain(position -> profiles.updateSettings(tx, userId, after.timeZone(), displayName, now)
                            .chain(() -> profiles.find(tx, userId))
                            .map(updated -> streams.view(updated, after, position)));
        })));
    }

    public Uni<Void> erase(long userId, String traceparent) {
        return retryingConflicts(() -> pool.withTransaction(tx -> load(tx, userId).chain(loaded -> {
            List<UserEvent> events = UserDecider.decide(
                    new UserCommand.Erase(userId, loaded.profile() != null, clock.now()), loaded.state());
            return append(tx, userId, loaded.version(), events, traceparent)
                    .chain(() -> profiles.delete(tx, userId))
                    .replaceWithVoid();
        }))).call(() -> redisKeys.erase(userId)
                .onFailure().recoverWithUni(failure -> {
                    // Redis holds derived data only; what is left expires, so the erasure stands.
                    Log.warnf("Redis keys of an erased user not removed (%s)", failure.getClass().getSimpleName());
                    return Uni.createFrom().voidItem();
                }));
    }

    private Uni<Loaded> load(SqlConnection tx, long userId) {
        return store.readStream(tx, UserStream.streamId(userId))
                .chain(history -> profiles.find(tx, userId).map(profile -> new Loaded(
                        UserStream.FOLD.fold(history), UserStream.versionOf(history),
                        history.isEmpty() ? 0 : history.get(history.size() - 1).globalPosition(), profile)));
    }

    /** The global position of the last event appended; null when there was nothing to append. */
    private Uni<Long> append(SqlConnection tx, long userId, int version, List<UserEvent> events, String traceparent) {
        if (events.isEmpty()) {
            return Uni.createFrom().nullItem();
        }
        // No Idempotency-Key on these routes: random ids, so the route does not name them.
        CommandOrigin origin = CommandOrigin.of(userId, "/users/me", null, traceparent, null);
        return store.appendInTransaction(tx, UserStream.streamId(userId), ExpectedVersion.exactly(version),
                origin.toNewEvents(UserStream.EVENTS, events)).map(result -> result.lastPosition());
    }

    private static <T> Uni<T> retryingConflicts(java.util.function.Supplier<Uni<? extends T>> attempt) {
        // The streak reaction may append to the same stream between our read and our append.
        return Uni.createFrom().<T>deferred(attempt)
                .onFailure(ConcurrencyConflictException.class).retry()
                .withBackOff(Duration.ofMillis(5), Duration.ofMillis(50)).atMost(CONFLICT_RETRIES);
    }

    private static Profile requireProfile(Profile profile) {
        if (profile == null) {
            throw RefusedException.notFound("no profile: sign in again to create it");
        }
        return profile;
    }

    private static UserState fold(UserState state, List<UserEvent> events) {
        UserState result = state;
        for (UserEvent event : events) {
            result = UserDecider.evolve(result, event);
        }
        return result;
    }

    private record Loaded(UserState state, int version, long position, Profile profile) {
    }
}
