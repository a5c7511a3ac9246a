package academy.assessment.api;

import academy.assessment.domain.AssessmentGraded;
import academy.assessment.domain.AssessmentPassed;
import java.math.BigDecimal;

/** The final grade over every scored attempt, decided after this one. */
public record GradeView(BigDecimal grade, boolean passed, String gradingMethod, BigDecimal passMark,
                        int attemptsGraded) {

    public static GradeView of(AssessmentGraded graded) {
        return graded == null ? null : new GradeView(graded.grade(), graded instanceof AssessmentPassed,
                graded.gradingMethod(), graded.passMark(), graded.attemptsGraded());
    }
}
