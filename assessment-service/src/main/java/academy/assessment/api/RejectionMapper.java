package academy.assessment.api;

import academy.assessment.domain.AssessmentRejected;
import academy.edge.problem.FieldError;
import academy.edge.problem.Problem;
import academy.edge.problem.ProblemException;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** The domain's refusals as problem+json: 422 naming the field, 403, 404 or 409. */
public class RejectionMapper {

    @ServerExceptionMapper(priority = Priorities.USER - 100)
    public Response rejected(AssessmentRejected rejected) {
        ProblemException problem = toProblem(rejected);
        return Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(problem.toProblem()).build();
    }

    static ProblemException toProblem(AssessmentRejected rejected) {
        if (rejected.kind() == AssessmentRejected.Kind.INVALID) {
            return ProblemException.unprocessable(rejected.violations().stream()
                    .map(violation -> new FieldError(violation.field(), violation.message())).toList());
        }
        if (rejected.kind() == AssessmentRejected.Kind.FORBIDDEN) {
            return ProblemException.forbidden(rejected.getMessage());
        }
        if (rejected.kind() == AssessmentRejected.Kind.NOT_FOUND) {
            return ProblemException.notFound(rejected.getMessage());
        }
        return ProblemException.conflict(rejected.getMessage());
    }
}
