package academy.assessment.domain;

import academy.refusal.RefusedException;
import java.util.List;

/** The rules of one attempt: answers until {@code acceptUntil}, one submission, one score. */
public final class AttemptDecider {

    private AttemptDecider() {
    }

    public static List<AttemptEvent> decide(AttemptCommand command, AttemptState state) {
        if (command instanceof AttemptCommand.RecordAnswer answer) {
            return List.of(recordAnswer(answer, state));
        }
        return submit((AttemptCommand.Submit) command, state);
    }

    private static AnswerRecorded recordAnswer(AttemptCommand.RecordAnswer command, AttemptState state) {
        AttemptStarted started = state.started();
        if (command.callerId() != state.ownerId()) {
            throw RefusedException.forbidden("this attempt belongs to another learner");
        }
        if (!started.acceptsAt(command.now())) {
            throw RefusedException.conflict("answers were accepted until " + started.acceptUntil());
        }
        if (state.closed()) {
            throw RefusedException.conflict("the attempt is already submitted");
        }
        Question question = state.assessment().question(command.questionId())
                .filter(found -> started.questionOrder().contains(found.questionId()))
                .orElseThrow(() -> RefusedException.notFound("no question " + command.questionId() + " in this attempt"));
        AnswerRules.check(question, command.answer());
        return new AnswerRecorded(started.attemptId(), started.assessmentId(), question.questionId(),
                started.userId(), command.answer(), command.now());
    }

    private static List<AttemptEvent> submit(AttemptCommand.Submit command, AttemptState state) {
        AttemptStarted started = state.started();
        if (command.callerId() != null && command.callerId() != state.ownerId()) {
            throw RefusedException.forbidden("this attempt belongs to another learner");
        }
        boolean overdue = !started.acceptsAt(command.now());
        // A duplicate submit changes nothing; the server only closes attempts that are overdue.
        if (state.closed() || (command.callerId() == null && !overdue)) {
            return List.of();
        }
        AttemptScore score = Scoring.scoreAttempt(state.assessment(), state.answers());
        return List.of(
                new AttemptSubmitted(started.attemptId(), started.assessmentId(), started.userId(), overdue,
                        command.now()),
                new AttemptScored(started.attemptId(), started.assessmentId(), started.userId(), score.score(),
                        score.maxScore(), score.percent(), score.passed(), score.results(), command.now()));
    }

    public static AttemptState evolve(AttemptState state, AttemptEvent event) {
        return state.with(event);
    }

    public static AttemptState fold(AttemptState initial, List<? extends AttemptEvent> events) {
        AttemptState state = initial;
        for (AttemptEvent event : events) {
            state = evolve(state, event);
        }
        return state;
    }
}
