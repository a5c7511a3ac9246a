package academy.assessment.application;

import academy.assessment.domain.AssessmentDefined;
import academy.assessment.domain.AttemptStarted;

/** An attempt's start and its assessment: what every command on the attempt needs first. */
public record LoadedAttempt(AssessmentDefined assessment, AttemptStarted started) {

    public long ownerId() {
        return started.userId();
    }
}
