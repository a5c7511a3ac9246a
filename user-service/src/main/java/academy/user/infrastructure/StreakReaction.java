package academy.user.infrastructure;

import academy.eventstore.ConcurrencyConflictException;
import academy.eventstore.EventIds;
import academy.eventstore.EventMetadata;
import academy.eventstore.EventStore;
import academy.eventstore.ExpectedVersion;
import academy.eventstore.RecordedEvent;
import academy.eventstore.SubscribedHandler;
import academy.user.domain.UserCommand.CountCompletion;
import academy.user.domain.UserDecider;
import academy.user.domain.UserEvent;
import academy.user.domain.UserState;
import io.quarkus.logging.Log;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/**
 * Streaks as a reaction to LessonCompleted (docs/domain.md "Streaks"): folds the learner's user
 * stream (zones over time and counted days) in the feed's transaction and appends the streak
 * events there, with ids derived from the completion, so a redelivered batch appends nothing twice.
 */
@ApplicationScoped
public class StreakReaction implements SubscribedHandler {

    public static final String SUBSCRIPTION = "user-streaks";
    static final int CONFLICT_RETRIES = 3;

    private final EventStore store;

    public StreakReaction(EventStore store) {
        this.store = store;
    }

    @Override
    public String subscription() {
        return SUBSCRIPTION;
    }

    @Override
    public List<String> eventTypes() {
        return List.of("LessonCompleted");
    }

    @Override
    public Uni<Void> handle(SqlConnection transaction, List<RecordedEvent> batch) {
        Uni<Void> chain = Uni.createFrom().voidItem();
        for (RecordedEvent event : batch) {
            chain = chain.chain(() -> react(transaction, event, CONFLICT_RETRIES));
        }
        return chain;
    }

    private Uni<Void> react(SqlConnection transaction, RecordedEvent source, int retriesLeft) {
        LessonCompletion completion = source.dataAs(LessonCompletion.class);
        if (completion.userId() == null || completion.completedAt() == null) {
            Log.warnf("LessonCompleted %s lacks userId or completedAt: no streak change", source.eventId());
            return Uni.createFrom().voidItem();
        }
        long userId = completion.userId();
        String stream = UserStream.streamId(userId);
        return store.readStream(transaction, stream).chain(history -> {
            UserState state = UserStream.FOLD.fold(history);
            List<UserEvent> decided = UserDecider.decide(
                    new CountCompletion(userId, completion.completedAt(), source.eventId()), state);
            if (decided.isEmpty()) {
                return Uni.createFrom().voidItem();
            }
            return store.appendInTransaction(transaction, stream, ExpectedVersion.exactly(UserStream.versionOf(history)),
                            UserStream.EVENTS.encode(decided, i -> EventIds.forReaction(source.eventId(), SUBSCRIPTION, i),
                                    EventMetadata.causedBy(source, userId)))
                    .replaceWithVoid()
                    // A profile change committed between our read and append: decide again on the new state,
                    // in this transaction when it is still usable, else the feed retries the batch in a new one.
                    .onFailure(ConcurrencyConflictException.class).recoverWithUni(conflict -> retriesLeft > 0
                            && !((ConcurrencyConflictException) conflict).needsNewTransaction()
                            ? react(transaction, source, retriesLeft - 1)
                            : Uni.createFrom().failure(conflict));
        });
    }
}
