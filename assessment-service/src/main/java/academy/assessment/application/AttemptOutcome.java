package academy.assessment.application;

import academy.assessment.domain.AssessmentGraded;
import academy.assessment.domain.AttemptState;

/**
 * An attempt after a command or read: its state, the final grade decided after it (once scored),
 * and the global position a read-your-writes client can wait for.
 */
public record AttemptOutcome(AttemptState state, AssessmentGraded grade, long position) {
}
