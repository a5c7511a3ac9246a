package academy.assessment.domain;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** An attempt began: its deadline and its order of questions and choices are fixed here for good. */
public record AttemptStarted(long userId, UUID assessmentId, UUID attemptId, int attemptNumber, Instant startedAt,
                             Instant deadline, Instant acceptUntil, List<UUID> questionOrder,
                             Map<UUID, List<UUID>> choiceOrder) implements AssesseeEvent {

    /** Answers are accepted up to and including {@code acceptUntil}. */
    public boolean acceptsAt(Instant now) {
        return !now.isAfter(acceptUntil);
    }
}
