package academy.assessment.application;

import academy.assessment.domain.AssesseeCommand.StartAttempt;
import academy.assessment.domain.AssesseeDecider;
import academy.assessment.domain.AssesseeState;
import academy.assessment.domain.AssessmentDefined;
import academy.assessment.domain.Answer;
import academy.assessment.domain.AttemptCommand;
import academy.assessment.domain.AttemptDecider;
import academy.assessment.domain.AttemptStarted;
import academy.assessment.domain.AttemptState;
import academy.assessment.infrastructure.AssessmentStreams;
import academy.assessment.infrastructure.AttemptTable;
import academy.edge.time.AcademyClock;
import academy.eventstore.CommandResult;
import academy.eventstore.StreamCommands;
import academy.eventstore.command.CommandOrigin;
import academy.refusal.RefusedException;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.security.SecureRandom;
import java.util.UUID;

/** Starting, answering, submitting and reading attempts; an overdue attempt is closed before anything else. */
@ApplicationScoped
public class AttemptCommands {

    private final SecureRandom seeds = new SecureRandom();
    private final StreamCommands commands;
    private final AssessmentCatalog catalog;
    private final AttemptStreams streams;
    private final AttemptSettlement settlement;
    private final AttemptTable attempts;
    private final ModuleGates gates;
    private final AcademyClock clock;

    public AttemptCommands(StreamCommands commands, AssessmentCatalog catalog, AttemptStreams streams,
                           AttemptSettlement settlement, AttemptTable attempts, ModuleGates gates,
                           AcademyClock clock) {
        this.commands = commands;
        this.catalog = catalog;
        this.streams = streams;
        this.settlement = settlement;
        this.attempts = attempts;
        this.gates = gates;
        this.clock = clock;
    }

    public Uni<AttemptOutcome> start(UUID assessmentId, CommandOrigin origin) {
        long userId = origin.callerId();
        return catalog.find(assessmentId).chain(assessment -> {
            if (assessment == null) {
                return Uni.createFrom().failure(RefusedException.notFound("no assessment " + assessmentId));
            }
            return gates.openFor(userId, assessmentId)
                    .call(open -> settleUnfinished(assessment, userId))
                    .chain(open -> appendStart(assessment, open, origin));
        });
    }

    /** Overdue attempts are closed (and graded) first, so they neither block nor miss the next start. */
    private Uni<Void> settleUnfinished(AssessmentDefined assessment, long userId) {
        return streams.assessee(userId, assessment.assessmentId()).chain(state -> {
            Uni<Void> chain = Uni.createFrom().voidItem();
            for (AttemptStarted started : state.unfinished()) {
                LoadedAttempt attempt = new LoadedAttempt(assessment, started);
                chain = chain.chain(() -> settlement.submit(attempt,
                        AttemptCommand.Submit.byServer(clock.now()), null).replaceWithVoid());
            }
            return chain;
        });
    }

    private Uni<AttemptOutcome> appendStart(AssessmentDefined assessment, boolean moduleOpen, CommandOrigin origin) {
        String stream = AssessmentStreams.assessee(origin.callerId(), assessment.assessmentId());
        UUID attemptId = origin.derivedId("attempt");
        long seed = seeds.nextLong();
        Uni<CommandResult<AssesseeState>> started = commands.run(origin, stream, AssessmentStreams.ASSESSEE_EVENTS,
                AttemptStreams.ASSESSEE, state -> AssesseeDecider.decide(new StartAttempt(origin.callerId(), assessment,
                        attemptId, moduleOpen, seed, clock.now()), state));
        return started.chain(result -> {
            AttemptStarted attempt = result.state().attempt(attemptId).orElseThrow();
            return attempts.record(attempt).replaceWith(new AttemptOutcome(
                    AttemptState.initial(assessment, attempt), null, result.position()));
        });
    }

    public Uni<AttemptOutcome> answer(UUID attemptId, UUID questionId, Answer answer, CommandOrigin origin) {
        return owned(attemptId, origin.callerId()).chain(attempt -> closeIfOverdue(attempt).chain(() -> {
            String stream = AssessmentStreams.attempt(attemptId);
            Uni<CommandResult<AttemptState>> recorded = commands.run(origin, stream, AssessmentStreams.ATTEMPT_EVENTS,
                    AttemptStreams.attemptFold(attempt), state -> AttemptDecider.decide(
                            new AttemptCommand.RecordAnswer(origin.callerId(), questionId, answer, clock.now()), state));
            return recorded.map(result -> new AttemptOutcome(result.state(), null, result.position()));
        }));
    }

    public Uni<AttemptOutcome> submit(UUID attemptId, CommandOrigin origin) {
        return owned(attemptId, origin.callerId()).chain(attempt -> settlement.submit(attempt,
                new AttemptCommand.Submit(origin.callerId(), clock.now()), origin));
    }

    /** The attempt as its owner sees it; reading an overdue attempt submits it. */
    public Uni<AttemptOutcome> view(UUID attemptId, long callerId) {
        return owned(attemptId, callerId).chain(this::closeIfOverdue);
    }

    private Uni<AttemptOutcome> closeIfOverdue(LoadedAttempt attempt) {
        return settlement.submit(attempt, AttemptCommand.Submit.byServer(clock.now()), null);
    }

    /** Closes one overdue attempt found by the scheduler. */
    public Uni<AttemptOutcome> settle(UUID attemptId) {
        return streams.load(attemptId).chain(this::closeIfOverdue);
    }

    private Uni<LoadedAttempt> owned(UUID attemptId, long callerId) {
        return streams.load(attemptId).invoke(attempt -> {
            if (attempt.ownerId() != callerId) {
                throw RefusedException.forbidden("this attempt belongs to another learner");
            }
        });
    }
}
