package academy.eventstore;

import academy.eventstore.codec.EventCodec;
import academy.eventstore.command.CommandOrigin;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

/**
 * The one command handler: load the stream, fold it, decide, append with the version it was
 * loaded at. A conflict reloads and decides again, a bounded number of times; then the
 * {@link ConcurrencyConflictException} reaches the caller (HTTP 409).
 */
@ApplicationScoped
public class StreamCommands {

    static final int MAX_ATTEMPTS = 8;

    private final EventStore store;

    @Inject
    public StreamCommands(EventStore store) {
        this.store = store;
    }

    /**
     * Runs {@code decide} on the current state of {@code streamId}. {@code decide} returns the
     * events to append (empty: nothing to do) or throws a domain exception, which is passed on.
     */
    public <S> Uni<CommandResult<S>> execute(String streamId, StreamFold<S> fold, Function<S, List<NewEvent>> decide) {
        return Uni.createFrom().deferred(() -> attempt(streamId, fold, decide))
                .onFailure(ConcurrencyConflictException.class).retry()
                .withBackOff(Duration.ofMillis(2), Duration.ofMillis(50)).withJitter(0.5).atMost(MAX_ATTEMPTS - 1);
    }

    /**
     * Like {@link #execute}, for a command whose first event id is deterministic
     * ({@link EventIds#forCommand}): when that id is already stored, the command ran before and
     * its original outcome is returned without deciding again.
     */
    public <S> Uni<CommandResult<S>> executeOnce(UUID firstEventId, String streamId, StreamFold<S> fold,
                                                 Function<S, List<NewEvent>> decide) {
        return executeOnce(firstEventId, null, streamId, fold, decide);
    }

    /**
     * {@link #executeOnce} for the request whose hash is {@code requestHash} (stored in the
     * events' metadata): the original outcome is returned only to the same request; another one
     * with the same key fails with {@link IdempotencyRecords.IdempotencyKeyReusedException}, even
     * when the first died before recording its answer. Each try looks for the stored id again, so
     * a retry racing its still-running first try gets the first outcome, not a conflict.
     */
    public <S> Uni<CommandResult<S>> executeOnce(UUID firstEventId, String requestHash, String streamId,
                                                 StreamFold<S> fold, Function<S, List<NewEvent>> decide) {
        return Uni.createFrom().deferred(() -> store.findEvent(firstEventId).chain(stored -> stored == null
                        ? attempt(streamId, fold, decide)
                        : replay(stored, requestHash, streamId, fold)))
                // The first try stored this id meanwhile with its own clock reading: replay it.
                .onFailure(failure -> failure instanceof EventIdConflictException conflict
                        && conflict.eventId().equals(firstEventId))
                .recoverWithUni(() -> store.findEvent(firstEventId).chain(stored -> stored == null
                        ? Uni.createFrom().failure(new EventIdConflictException(firstEventId, "another append"))
                        : replay(stored, requestHash, streamId, fold)))
                .onFailure(ConcurrencyConflictException.class).retry()
                .withBackOff(Duration.ofMillis(2), Duration.ofMillis(50)).withJitter(0.5).atMost(MAX_ATTEMPTS - 1);
    }

    /**
     * The command loop on domain events: {@code decide} returns the events of {@code codec} to
     * append, named and stamped by {@code origin}. With an Idempotency-Key it runs once
     * ({@link #executeOnce}), otherwise as {@link #execute}.
     */
    public <E, S> Uni<CommandResult<S>> run(CommandOrigin origin, String streamId, EventCodec<E> codec,
                                            StreamFold<S> fold, Function<S, List<? extends E>> decide) {
        Function<S, List<NewEvent>> decideEvents = state -> origin.toNewEvents(codec, decide.apply(state));
        return origin.idempotent()
                ? executeOnce(origin.eventId(0), origin.requestHash(), streamId, fold, decideEvents)
                : execute(streamId, fold, decideEvents);
    }

    private <S> Uni<CommandResult<S>> attempt(String streamId, StreamFold<S> fold, Function<S, List<NewEvent>> decide) {
        return store.readStream(streamId).chain(history -> {
            S state = fold.fold(history);
            int version = history.isEmpty() ? 0 : history.get(history.size() - 1).streamVersion();
            long position = history.isEmpty() ? 0 : history.get(history.size() - 1).globalPosition();
            List<NewEvent> decided = decide.apply(state);
            if (decided.isEmpty()) {
                return Uni.createFrom().item(new CommandResult<>(state, version, position, List.of(), false));
            }
            return store.append(streamId, ExpectedVersion.exactly(version), decided)
                    .map(result -> applied(fold, state, version, decided, result));
        });
    }

    private <S> Uni<CommandResult<S>> replay(RecordedEvent first, String requestHash, String streamId,
                                             StreamFold<S> fold) {
        String storedHash = first.metadata().getString(EventMetadata.REQUEST_HASH);
        if (requestHash != null && storedHash != null && !storedHash.equals(requestHash)) {
            return Uni.createFrom().failure(new IdempotencyRecords.IdempotencyKeyReusedException(
                    first.metadata().getString("idempotencyKey")));
        }
        return store.readStream(streamId).map(history -> {
            List<RecordedEvent> original = history.stream()
                    .filter(event -> event.transactionId() == first.transactionId())
                    .toList();
            RecordedEvent last = original.get(original.size() - 1);
            S stateThen = fold.fold(history.stream().filter(e -> e.streamVersion() <= last.streamVersion()).toList());
            return new CommandResult<>(stateThen, last.streamVersion(), last.globalPosition(), original, true);
        });
    }

    private static <S> CommandResult<S> applied(StreamFold<S> fold, S state, int versionBefore, List<NewEvent> events,
                                                 AppendResult result) {
        List<RecordedEvent> recorded = new ArrayList<>(events.size());
        S next = state;
        int count = events.size();
        for (int i = 0; i < count; i++) {
            NewEvent event = events.get(i);
            // Positions before the last are not returned by the append; within one INSERT they ascend.
            RecordedEvent asStored = new RecordedEvent(result.lastPosition() - (count - 1 - i), 0, result.streamId(),
                    versionBefore + i + 1, event.eventId(), event.eventType(), event.data(), event.metadata(),
                    Instant.now());
            recorded.add(asStored);
            next = fold.evolve().apply(next, asStored);
        }
        return new CommandResult<>(next, result.streamVersion(), result.lastPosition(), recorded, result.alreadyStored());
    }
}
