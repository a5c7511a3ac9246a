package academy.assessment.domain;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/** One attempt: its start (from the assessee stream), the assessment, and what its own stream holds. */
public record AttemptState(AssessmentDefined assessment, AttemptStarted started, Map<UUID, Answer> answers,
                           AttemptSubmitted submitted, AttemptScored scored) {

    public static AttemptState initial(AssessmentDefined assessment, AttemptStarted started) {
        return new AttemptState(assessment, started, Map.of(), null, null);
    }

    public AttemptState with(AttemptEvent event) {
        if (event instanceof AnswerRecorded recorded) {
            Map<UUID, Answer> latest = new LinkedHashMap<>(answers);
            latest.put(recorded.questionId(), recorded.answer());
            return new AttemptState(assessment, started, latest, submitted, scored);
        }
        if (event instanceof AttemptSubmitted closed) {
            return new AttemptState(assessment, started, answers, closed, scored);
        }
        return new AttemptState(assessment, started, answers, submitted, (AttemptScored) event);
    }

    public long ownerId() {
        return started.userId();
    }

    public boolean closed() {
        return submitted != null;
    }
}
