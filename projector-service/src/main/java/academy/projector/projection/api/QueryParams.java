package academy.projector.projection.api;

import academy.edge.problem.ProblemException;

/**
 * Query parameters read by hand, so a bad value is a 422 naming the parameter (never a 404 or 500).
 * {@code after} is read by http-edge's ReadYourWritesFilter on the routes marked {@code @ReadsFrom}.
 */
public final class QueryParams {

    private QueryParams() {
    }

    public static int limit(String raw, int defaultValue, int max) {
        if (raw == null) {
            return defaultValue;
        }
        String message = "must be an integer from 1 to " + max;
        try {
            int value = Integer.parseInt(raw.trim());
            if (value < 1 || value > max) {
                throw ProblemException.unprocessable("limit", message);
            }
            return value;
        } catch (NumberFormatException e) {
            throw ProblemException.unprocessable("limit", message);
        }
    }
}
