package academy.assessment.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/** The final grade after a scored attempt: AssessmentPassed or AssessmentFailed. */
public sealed interface AssessmentGraded extends AssesseeEvent permits AssessmentPassed, AssessmentFailed {

    long userId();

    UUID assessmentId();

    UUID attemptId();

    BigDecimal grade();

    String gradingMethod();

    BigDecimal passMark();

    int attemptsGraded();

    Instant decidedAt();
}
