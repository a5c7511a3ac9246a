package academy.learning.api;

import academy.edge.problem.FieldError;
import academy.edge.problem.ProblemException;
import academy.learning.domain.Sitting;
import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** Turns a progress body into a {@link Sitting}, naming every field at fault (422), or 400 without a body. */
final class ProgressRequests {

    private ProgressRequests() {
    }

    static Sitting toSitting(ProgressRequest request) {
        ProblemException.requireBody(request);
        List<FieldError> errors = new ArrayList<>();
        BigDecimal score = score(request.score(), errors);
        Integer timeSpent = timeSpent(request.timeSpent(), errors);
        if (!errors.isEmpty()) {
            throw ProblemException.unprocessable(errors);
        }
        return new Sitting(score, timeSpent);
    }

    private static BigDecimal score(JsonNode node, List<FieldError> errors) {
        if (node == null || node.isNull()) {
            errors.add(new FieldError("score", "is required"));
            return null;
        }
        if (!node.isNumber()) {
            errors.add(new FieldError("score", "must be a number between 0 and 1"));
            return null;
        }
        BigDecimal score = node.decimalValue();
        String problem = Sitting.scoreProblem(score);
        if (problem != null) {
            errors.add(new FieldError("score", problem));
            return null;
        }
        return score;
    }

    private static Integer timeSpent(JsonNode node, List<FieldError> errors) {
        if (node == null || node.isNull()) {
            errors.add(new FieldError("timeSpent", "is required"));
            return null;
        }
        if (!node.isIntegralNumber()) {
            errors.add(new FieldError("timeSpent", "must be an integer number of seconds"));
            return null;
        }
        String problem = node.canConvertToLong() ? Sitting.timeSpentProblem(node.longValue())
                : Sitting.timeSpentProblem(Long.MAX_VALUE);
        if (problem != null) {
            errors.add(new FieldError("timeSpent", problem));
            return null;
        }
        return node.intValue();
    }
}
