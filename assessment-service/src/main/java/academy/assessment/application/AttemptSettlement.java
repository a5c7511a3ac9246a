package academy.assessment.application;

import academy.assessment.domain.AssesseeCommand.GradeAttempt;
import academy.assessment.domain.AssesseeDecider;
import academy.assessment.domain.AssesseeState;
import academy.assessment.domain.AssessmentGraded;
import academy.assessment.domain.AssessmentPassed;
import academy.assessment.domain.AttemptCommand;
import academy.assessment.domain.AttemptDecider;
import academy.assessment.domain.AttemptEvent;
import academy.assessment.domain.AttemptScored;
import academy.assessment.domain.AttemptStarted;
import academy.assessment.domain.AttemptState;
import academy.assessment.domain.ScoredAttempt;
import academy.assessment.infrastructure.AssessmentStreams;
import academy.assessment.infrastructure.AttemptTable;
import academy.eventstore.CommandResult;
import academy.eventstore.EventIds;
import academy.eventstore.EventMetadata;
import academy.eventstore.EventStore;
import academy.eventstore.StreamCommands;
import academy.eventstore.StreamFold;
import academy.eventstore.command.CommandOrigin;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Submitting and scoring an attempt, then appending the final grade. Every step is idempotent:
 * the scheduler, a read and the learner may all reach an overdue attempt at once.
 */
@ApplicationScoped
public class AttemptSettlement {

    private final StreamCommands commands;
    private final EventStore store;
    private final AttemptTable attempts;
    private final MeterRegistry registry;

    public AttemptSettlement(StreamCommands commands, EventStore store, AttemptTable attempts, MeterRegistry registry) {
        this.commands = commands;
        this.store = store;
        this.attempts = attempts;
        this.registry = registry;
    }

    /** {@code origin} null: the server closing the attempt if it is overdue (no caller, random ids). */
    public Uni<AttemptOutcome> submit(LoadedAttempt attempt, AttemptCommand.Submit submit, CommandOrigin origin) {
        String stream = AssessmentStreams.attempt(attempt.started().attemptId());
        StreamFold<AttemptState> fold = AttemptStreams.attemptFold(attempt);
        Uni<CommandResult<AttemptState>> submitted = origin != null
                ? commands.run(origin, stream, AssessmentStreams.ATTEMPT_EVENTS, fold,
                        state -> AttemptDecider.decide(submit, state))
                : commands.execute(stream, fold, state -> AssessmentStreams.ATTEMPT_EVENTS.encode(
                        AttemptDecider.decide(submit, state), index -> EventIds.random(), system(attempt)));
        return submitted.chain(result -> grade(attempt, result.state())
                .map(grade -> new AttemptOutcome(result.state(), grade.grade(),
                        Math.max(result.position(), grade.position()))));
    }

    private record Graded(AssessmentGraded grade, long position) {
    }

    private Uni<Graded> grade(LoadedAttempt attempt, AttemptState attemptState) {
        if (attemptState.scored() == null) {
            return Uni.createFrom().item(new Graded(null, 0));
        }
        AttemptStarted started = attempt.started();
        String stream = AssessmentStreams.assessee(started.userId(), started.assessmentId());
        UUID gradeId = EventIds.nameBased("assessment-grade\n" + started.attemptId());
        return store.readStream(stream).map(AttemptStreams.ASSESSEE::fold).chain(assessee -> {
            AssessmentGraded existing = assessee.grades().get(started.attemptId());
            if (existing != null) {
                return Uni.createFrom().item(new Graded(existing, 0));
            }
            return scoredAttempts(attempt, assessee, attemptState.scored()).chain(scored -> commands.executeOnce(
                    gradeId, stream, AttemptStreams.ASSESSEE, state -> AssessmentStreams.ASSESSEE_EVENTS.encode(
                            AssesseeDecider.decide(new GradeAttempt(started.userId(), attempt.assessment(),
                                    started.attemptId(), scored, attemptState.scored().scoredAt()), state),
                            index -> index == 0 ? gradeId : EventIds.nameBased(gradeId + "\n" + index),
                            system(attempt)))
                    .invoke(this::countGrade)
                    .map(result -> new Graded(result.state().grades().get(started.attemptId()), result.position())));
        }).call(() -> attempts.finish(started.attemptId()));
    }

    /** Counts each grade once: when this run stored it, not when a retry or a racing run found it stored. */
    private void countGrade(CommandResult<AssesseeState> result) {
        if (result.alreadyStored()) {
            return;
        }
        for (var recorded : result.appended()) {
            if (AssessmentStreams.ASSESSEE_EVENTS.decode(recorded) instanceof AssessmentGraded graded) {
                Counter.builder("academy.assessments.graded")
                        .description("Attempts graded, by outcome")
                        .tag("outcome", graded instanceof AssessmentPassed ? "passed" : "failed")
                        .register(registry).increment();
            }
        }
    }

    /** Every scored attempt of this learner (attempts run one at a time, so earlier ones are scored already). */
    private Uni<List<ScoredAttempt>> scoredAttempts(LoadedAttempt attempt, AssesseeState assessee, AttemptScored current) {
        Uni<List<ScoredAttempt>> all = Uni.createFrom().item(ArrayList::new);
        for (AttemptStarted other : assessee.attempts()) {
            if (other.attemptId().equals(attempt.started().attemptId())) {
                all = all.invoke(list -> list.add(
                        new ScoredAttempt(other.attemptId(), other.attemptNumber(), current.percent())));
            } else {
                all = all.chain(list -> store.readStream(AssessmentStreams.attempt(other.attemptId())).map(events -> {
                    for (var recorded : events) {
                        AttemptEvent event = AssessmentStreams.ATTEMPT_EVENTS.decode(recorded);
                        if (event instanceof AttemptScored scored) {
                            list.add(new ScoredAttempt(other.attemptId(), other.attemptNumber(), scored.percent()));
                        }
                    }
                    return list;
                }));
            }
        }
        return all;
    }

    private static EventMetadata system(LoadedAttempt attempt) {
        String correlation = attempt.started().attemptId().toString();
        return new EventMetadata(correlation, null, attempt.ownerId(), null, null, EventMetadata.CURRENT_SCHEMA_VERSION);
    }
}
