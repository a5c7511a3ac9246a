package academy.user.api;

import academy.edge.problem.FieldError;
import academy.edge.problem.ProblemException;
import academy.user.domain.InitDataRejected;
import academy.user.domain.InvalidProfileChange;
import academy.user.domain.UnstorableUserField;

/** Domain refusals as HTTP problems: bad init data is 401, a bad profile change 422 naming the field. */
final class DomainProblems {

    private DomainProblems() {
    }

    static Throwable toProblem(Throwable failure) {
        if (failure instanceof InitDataRejected rejected) {
            return ProblemException.unauthorized(rejected.getMessage());
        }
        if (failure instanceof InvalidProfileChange invalid) {
            return ProblemException.unprocessable(invalid.problems().stream()
                    .map(problem -> new FieldError(problem.field(), problem.message())).toList());
        }
        if (failure instanceof UnstorableUserField unstorable) {
            return ProblemException.unprocessable(unstorable.field(), unstorable.getMessage());
        }
        return failure;
    }
}
