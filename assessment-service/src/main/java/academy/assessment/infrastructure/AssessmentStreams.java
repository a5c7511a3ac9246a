package academy.assessment.infrastructure;

import java.util.UUID;

/** Stream ids of docs/events.md. Written here only; nobody parses them. */
public final class AssessmentStreams {

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
