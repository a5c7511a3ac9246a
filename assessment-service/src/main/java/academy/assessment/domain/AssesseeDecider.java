package academy.assessment.domain;

import academy.refusal.RefusedException;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** Attempt caps, waits and module gates when starting; the final grade after each scored attempt. */
public final class AssesseeDecider {

    private AssesseeDecider() {
    }

    public static List<AssesseeEvent> decide(AssesseeCommand command, AssesseeState state) {
        if (command instanceof AssesseeCommand.StartAttempt start) {
            return List.of(start(start, state));
        }
        return grade((AssesseeCommand.GradeAttempt) command, state);
    }

    private static AttemptStarted start(AssesseeCommand.StartAttempt command, AssesseeState state) {
        AssessmentDefined assessment = command.assessment();
        Instant now = command.now();
        if (!command.moduleOpen()) {
            throw RefusedException.forbidden("this assessment opens with its module, which is still locked");
        }
        if (!state.unfinished().isEmpty()) {
            AttemptStarted open = state.unfinished().get(0);
            throw RefusedException.conflict(open.acceptsAt(now)
                    ? "attempt " + open.attemptId() + " is still in progress"
                    : "attempt " + open.attemptId() + " is being submitted; try again");
        }
        if (state.attempts().size() >= assessment.maxAttempts()) {
            throw RefusedException.conflict("all " + assessment.maxAttempts() + " attempts are used");
        }
        if (!state.attempts().isEmpty()) {
            Instant nextAllowed = state.endOf(state.attempts().get(state.attempts().size() - 1))
                    .plusSeconds(assessment.minSecondsBetweenAttempts());
            if (now.isBefore(nextAllowed)) {
                throw RefusedException.conflict("the next attempt can start at " + nextAllowed);
            }
        }
        Shuffle shuffle = Shuffle.of(assessment, command.shuffleSeed());
        Instant deadline = now.plusSeconds(assessment.timeLimitSeconds());
        return new AttemptStarted(command.userId(), assessment.assessmentId(), command.attemptId(),
                state.attempts().size() + 1, now, deadline, deadline.plusSeconds(assessment.gracePeriodSeconds()),
                shuffle.questionOrder(), shuffle.choiceOrder());
    }

    private static List<AssesseeEvent> grade(AssesseeCommand.GradeAttempt command, AssesseeState state) {
        if (state.grades().containsKey(command.attemptId())) {
            return List.of();
        }
        if (state.attempt(command.attemptId()).isEmpty()
                || command.scored().stream().noneMatch(scored -> scored.attemptId().equals(command.attemptId()))) {
            throw new IllegalArgumentException("attempt " + command.attemptId() + " is not a scored attempt here");
        }
        AssessmentDefined assessment = command.assessment();
        BigDecimal grade = assessment.method().grade(command.scored());
        int graded = command.scored().size();
        if (grade.compareTo(assessment.passMark()) >= 0) {
            return List.of(new AssessmentPassed(command.userId(), assessment.assessmentId(), command.attemptId(),
                    grade, assessment.gradingMethod(), assessment.passMark(), graded, command.now()));
        }
        return List.of(new AssessmentFailed(command.userId(), assessment.assessmentId(), command.attemptId(),
                grade, assessment.gradingMethod(), assessment.passMark(), graded, command.now()));
    }

    public static AssesseeState evolve(AssesseeState state, AssesseeEvent event) {
        return state.with(event);
    }

    public static AssesseeState fold(List<? extends AssesseeEvent> events) {
        AssesseeState state = AssesseeState.initial();
        for (AssesseeEvent event : events) {
            state = evolve(state, event);
        }
        return state;
    }
}
