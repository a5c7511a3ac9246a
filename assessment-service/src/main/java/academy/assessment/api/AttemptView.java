package academy.assessment.api;

import academy.assessment.application.AttemptOutcome;
import academy.assessment.domain.Answer;
import academy.assessment.domain.AttemptStarted;
import academy.assessment.domain.AttemptState;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * An attempt as its owner sees it: questions in this attempt's order without answers, the
 * learner's own answers so far, and the result once submitted.
 */
public record AttemptView(UUID attemptId, UUID assessmentId, int attemptNumber, String status, Instant startedAt,
                          Instant deadline, Instant acceptUntil, List<PublicQuestion> questions,
                          Map<UUID, Answer> answers, ResultView result, long position) {

    public static AttemptView of(AttemptOutcome outcome) {
        AttemptState state = outcome.state();
        AttemptStarted started = state.started();
        List<PublicQuestion> questions = started.questionOrder().stream()
                .map(id -> state.assessment().question(id))
                .flatMap(java.util.Optional::stream)
                .map(question -> PublicQuestion.inAttempt(question, started.choiceOrder()))
                .toList();
        return new AttemptView(started.attemptId(), started.assessmentId(), started.attemptNumber(),
                state.closed() ? "submitted" : "open", started.startedAt(), started.deadline(), started.acceptUntil(),
                questions, state.answers(), ResultView.of(outcome), outcome.position());
    }
}
