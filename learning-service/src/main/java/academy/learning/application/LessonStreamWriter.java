package academy.learning.application;

import academy.eventstore.AppendResult;
import academy.eventstore.CommandResult;
import academy.eventstore.ConcurrencyConflictException;
import academy.eventstore.EventStore;
import academy.eventstore.ExpectedVersion;
import academy.eventstore.NewEvent;
import academy.eventstore.RecordedEvent;
import academy.eventstore.StreamCommands;
import academy.eventstore.command.CommandOrigin;
import academy.learning.domain.LessonCommand;
import academy.learning.domain.LessonCompleted;
import academy.learning.domain.LessonDecider;
import academy.learning.domain.LessonEvent;
import academy.learning.domain.LessonProgress;
import academy.learning.infrastructure.LessonStates;
import academy.learning.infrastructure.LessonStreams;
import academy.learning.infrastructure.LessonStates.Known;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.function.Function;

/**
 * Decides a lesson command and appends its events. When this replica knows the stream's state
 * (it wrote or read the stream before), it decides on that and appends with the known version
 * as the expectation: one SQL statement instead of a read and an append. A stale state cannot
 * be stored (the append is a conflict); the command then reloads the stream through
 * {@link StreamCommands}, as it does when the state is not known.
 */
@ApplicationScoped
public class LessonStreamWriter {

    private final EventStore store;
    private final StreamCommands commands;
    private final LessonStates states;

    public LessonStreamWriter(EventStore store, StreamCommands commands, LessonStates states) {
        this.store = store;
        this.commands = commands;
        this.states = states;
    }

    Uni<LessonStep> write(CommandOrigin origin, String stream, LessonCommand command) {
        if (!origin.idempotent()) {
            return onKnownState(origin, stream, command);
        }
        // A keyed command may have run before (its answer lost): its first event id says so.
        return store.findEvent(origin.eventId(0)).chain(stored -> stored == null
                ? onKnownState(origin, stream, command)
                : replay(origin, stream, command));
    }

    /** A keyed command whose events may be stored already: their original outcome, else a normal run. */
    Uni<LessonStep> replay(CommandOrigin origin, String stream, LessonCommand command) {
        return commands.executeOnce(origin.eventId(0), origin.requestHash(), stream, LessonStreams.FOLD, decider(origin, command))
                .map(result -> step(stream, result));
    }

    private Uni<LessonStep> onKnownState(CommandOrigin origin, String stream, LessonCommand command) {
        Known known = states.get(stream);
        if (known == null) {
            return loaded(origin, stream, command);
        }
        List<LessonEvent> decided = LessonDecider.decide(command, known.state());
        if (decided.isEmpty()) {
            // Nothing to append, so nothing would catch a stale state: answer from the stream itself.
            return loaded(origin, stream, command);
        }
        List<NewEvent> events = origin.toNewEvents(LessonStreams.EVENTS, decided);
        return store.append(stream, ExpectedVersion.exactly(known.version()), events)
                .chain(result -> result.alreadyStored()
                        ? replay(origin, stream, command)
                        : Uni.createFrom().item(appended(stream, known, decided, result)))
                .onFailure(ConcurrencyConflictException.class).recoverWithUni(() -> {
                    states.forget(stream);
                    return loaded(origin, stream, command);
                });
    }

    private Uni<LessonStep> loaded(CommandOrigin origin, String stream, LessonCommand command) {
        return commands.execute(stream, LessonStreams.FOLD, decider(origin, command))
                .map(result -> step(stream, result));
    }

    private LessonStep appended(String stream, Known before, List<LessonEvent> decided, AppendResult result) {
        LessonProgress state = before.state();
        LessonCompleted completion = null;
        for (LessonEvent event : decided) {
            state = LessonDecider.evolve(state, event);
            if (event instanceof LessonCompleted completed) {
                completion = completed;
            }
        }
        states.remember(stream, new Known(state, result.streamVersion(), result.lastPosition()));
        return new LessonStep(state, result.lastPosition(), completion, false);
    }

    private LessonStep step(String stream, CommandResult<LessonProgress> result) {
        if (!result.alreadyStored()) {
            // A replay's state is the state as of the original command, not the stream's latest.
            states.remember(stream, new Known(result.state(), result.streamVersion(), result.position()));
        }
        return new LessonStep(result.state(), result.position(), completionIn(result.appended()), result.alreadyStored());
    }

    private static Function<LessonProgress, List<NewEvent>> decider(CommandOrigin origin, LessonCommand command) {
        return state -> origin.toNewEvents(LessonStreams.EVENTS, LessonDecider.decide(command, state));
    }

    private static LessonCompleted completionIn(List<RecordedEvent> appended) {
        for (RecordedEvent event : appended) {
            if (LessonStreams.EVENTS.decode(event) instanceof LessonCompleted completed) {
                return completed;
            }
        }
        return null;
    }
}
