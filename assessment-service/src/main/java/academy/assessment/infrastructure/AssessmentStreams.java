package academy.assessment.infrastructure;

import academy.assessment.domain.AssesseeEvent;
import academy.assessment.domain.AssessmentEvent;
import academy.assessment.domain.AttemptEvent;
import academy.eventstore.codec.EventCodec;
import java.util.UUID;

/**
 * Stream ids of docs/events.md (written here only; nobody parses them) and how each stream's
 * events are stored: type names are the records' simple names, absent fields are left out.
 */
public final class AssessmentStreams {

    public static final EventCodec<AssessmentEvent> ASSESSMENT_EVENTS = EventCodec.of(AssessmentEvent.class);
    public static final EventCodec<AssesseeEvent> ASSESSEE_EVENTS = EventCodec.of(AssesseeEvent.class);
    public static final EventCodec<AttemptEvent> ATTEMPT_EVENTS = EventCodec.of(AttemptEvent.class);

    private AssessmentStreams() {
    }

    public static String assessment(UUID assessmentId) {
        return "assessment-" + assessmentId;
    }

    public static String assessee(long userId, UUID assessmentId) {
        return "assessee-" + userId + "-" + assessmentId;
    }

    public static String attempt(UUID attemptId) {
        return "attempt-" + attemptId;
    }

    public static String enrollment(long userId, UUID courseId) {
        return "enrollment-" + userId + "-" + courseId;
    }
}
