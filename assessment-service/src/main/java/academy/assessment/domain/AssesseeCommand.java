package academy.assessment.domain;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** What happens on the stream {@code assessee-{userId}-{assessmentId}}. */
public sealed interface AssesseeCommand permits AssesseeCommand.StartAttempt, AssesseeCommand.GradeAttempt {

    long userId();

    AssessmentDefined assessment();

    Instant now();

    /** {@code moduleOpen}: the assessment gates no module, or the learner has that module open. */
    record StartAttempt(long userId, AssessmentDefined assessment, UUID attemptId, boolean moduleOpen,
                        long shuffleSeed, Instant now) implements AssesseeCommand {
    }

    /** After an attempt is scored: {@code scored} holds every scored attempt of this learner, it included. */
    record GradeAttempt(long userId, AssessmentDefined assessment, UUID attemptId, List<ScoredAttempt> scored,
                        Instant now) implements AssesseeCommand {
    }
}
