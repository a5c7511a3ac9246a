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
import academy.edge.problem.ProblemException;
import academy.edge.time.AcademyClock;
import academy.eventstore.CommandResult;
import academy.eventstore.NewEvent;
import academy.eventstore.StreamCommands;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.security.SecureRandom;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

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

    public Uni<AttemptOutcome> start(UUID assessmentId, CommandContext context) {
        long userId = context.userId();
        return catalog.find(assessmentId).chain(assessment -> {
            if (assessment == null) {
                return Uni.createFrom().failure(ProblemException.notFound("no assessment " + assessmentId));
            }
            return gates.openFor(userId, assessmentId)
                    .call(open -> settleUnfinished(assessment, userId))
                    .chain(open -> appendStart(assessment, open, context));
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

    private Uni<AttemptOutcome> appendStart(AssessmentDefined assessment, boolean moduleOpen, CommandContext context) {
        String stream = AssessmentStreams.assessee(context.userId(), assessment.assessmentId());
        UUID attemptId = context.derivedId("attempt");
        long seed = seeds.nextLong();
        Function<AssesseeState, List<NewEvent>> decide = state -> AttemptStreams.toNew(
                AssesseeDecider.decide(new StartAttempt(context.userId(), assessment, attemptId, moduleOpen, seed,
                        clock.now()), state), context::eventId, context.metadata());
        Uni<CommandResult<AssesseeState>> started = context.idempotent()
                ? commands.executeOnce(context.eventId(0), context.requestHash(), stream, AttemptStreams.ASSESSEE, decide)
                : commands.execute(stream, AttemptStreams.ASSESSEE, decide);
        return started.chain(result -> {
            AttemptStarted attempt = result.state().attempt(attemptId).orElseThrow();
            return attempts.record(attempt).replaceWith(new AttemptOutcome(
                    AttemptState.initial(assessment, attempt), null, result.position()));
        });
    }

    public Uni<AttemptOutcome> answer(UUID attemptId, UUID questionId, Answer answer, CommandContext context) {
        return owned(attemptId, context.userId()).chain(attempt -> closeIfOverdue(attempt).chain(() -> {
            String stream = AssessmentStreams.attempt(attemptId);
            Function<AttemptState, List<NewEvent>> decide = state -> AttemptStreams.toNew(AttemptDecider.decide(
                    new AttemptCommand.RecordAnswer(context.userId(), questionId, answer, clock.now()), state),
                    context::eventId, context.metadata());
            Uni<CommandResult<AttemptState>> recorded = context.idempotent()
                    ? commands.executeOnce(context.eventId(0), context.requestHash(), stream, AttemptStreams.attemptFold(attempt), decide)
                    : commands.execute(stream, AttemptStreams.attemptFold(attempt), decide);
            return recorded.map(result -> new AttemptOutcome(result.state(), null, result.position()));
        }));
    }

    public Uni<AttemptOutcome> submit(UUID attemptId, CommandContext context) {
        return owned(attemptId, context.userId()).chain(attempt -> settlement.submit(attempt,
                new AttemptCommand.Submit(context.userId(), clock.now()), context));
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
                throw ProblemException.forbidden("this attempt belongs to another learner");
            }
        });
    }
}
