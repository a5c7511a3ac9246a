package academy.assessment.domain;

import java.time.Instant;
import java.util.UUID;

/** What happens on the stream {@code attempt-{attemptId}}. */
public sealed interface AttemptCommand permits AttemptCommand.RecordAnswer, AttemptCommand.Submit {

    Instant now();

    record RecordAnswer(long callerId, UUID questionId, Answer answer, Instant now) implements AttemptCommand {
    }

    /** {@code callerId} null: the server closing an overdue attempt (scheduler or a read). */
    record Submit(Long callerId, Instant now) implements AttemptCommand {

        public static Submit byServer(Instant now) {
            return new Submit(null, now);
        }
    }
}
