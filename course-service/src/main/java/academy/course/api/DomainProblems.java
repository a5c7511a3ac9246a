package academy.course.api;

import academy.course.domain.Rejection;
import academy.edge.problem.FieldError;
import academy.edge.problem.ProblemException;

/** Domain refusals as the problem documents clients see. */
final class DomainProblems {

    private DomainProblems() {
    }

    static Throwable toProblem(Throwable failure) {
        if (!(failure instanceof Rejection rejection)) {
            return failure;
        }
        switch (rejection.kind()) {
            case NOT_FOUND:
                return ProblemException.notFound(rejection.getMessage());
            case LOCKED:
                return ProblemException.forbidden(rejection.getMessage());
            case CONFLICT:
                return ProblemException.conflict(rejection.getMessage());
            default:
                return ProblemException.unprocessable(rejection.problems().stream()
                        .map(p -> new FieldError(p.field(), p.message())).toList());
        }
    }
}
