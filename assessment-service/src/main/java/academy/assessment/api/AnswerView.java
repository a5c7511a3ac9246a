package academy.assessment.api;

import academy.assessment.domain.Answer;
import java.util.UUID;

/** The answer now recorded for a question. */
public record AnswerView(UUID attemptId, UUID questionId, Answer answer, long position) {
}
