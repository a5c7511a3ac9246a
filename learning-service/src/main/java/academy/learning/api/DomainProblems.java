package academy.learning.api;

import academy.edge.problem.ProblemException;
import academy.learning.application.UnknownLesson;
import academy.learning.domain.LessonLocked;
import academy.learning.domain.ProgressRejected;

/** Domain and application refusals as the problem documents clients see. */
final class DomainProblems {

    private DomainProblems() {
    }

    static Throwable toProblem(Throwable failure) {
        if (failure instanceof LessonLocked) {
            return ProblemException.forbidden("this lesson is locked for you; complete the lessons before it first");
        }
        if (failure instanceof UnknownLesson) {
            return ProblemException.notFound("no such lesson");
        }
        if (failure instanceof ProgressRejected rejected) {
            return ProblemException.unprocessable(rejected.field(), rejected.getMessage());
        }
        return failure;
    }
}
