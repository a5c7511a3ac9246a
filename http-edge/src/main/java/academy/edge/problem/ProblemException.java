package academy.edge.problem;

import academy.refusal.Refusal;
import java.util.List;

/** A request refused with a status and a problem document; thrown anywhere below a resource. */
public class ProblemException extends RuntimeException {

    private final int status;
    private final String title;
    private final List<FieldError> errors;
    private final long retryAfterSeconds;

    public ProblemException(int status, String title, String detail, List<FieldError> errors) {
        this(status, title, detail, errors, 1);
    }

    private ProblemException(int status, String title, String detail, List<FieldError> errors, long retryAfterSeconds) {
        super(detail, null, false, false);
        this.status = status;
        this.title = title;
        this.errors = List.copyOf(errors);
        this.retryAfterSeconds = retryAfterSeconds;
    }

    public static ProblemException badRequest(String detail) {
        return new ProblemException(400, "Bad Request", detail, List.of());
    }

    public static ProblemException badRequest(String field, String message) {
        return new ProblemException(400, "Bad Request", message, List.of(new FieldError(field, message)));
    }

    /** A command's JSON body, or 400 naming {@code body} when the request had none. */
    public static <T> T requireBody(T body) {
        if (body == null) {
            throw badRequest("body", "a JSON body is required");
        }
        return body;
    }

    public static ProblemException unauthorized(String detail) {
        return new ProblemException(401, "Unauthorized", detail, List.of());
    }

    public static ProblemException forbidden(String detail) {
        return new ProblemException(403, "Forbidden", detail, List.of());
    }

    public static ProblemException notFound(String detail) {
        return new ProblemException(404, "Not Found", detail, List.of());
    }

    public static ProblemException conflict(String detail) {
        return new ProblemException(409, "Conflict", detail, List.of());
    }

    public static ProblemException unprocessable(String field, String message) {
        return new ProblemException(422, "Unprocessable Content", message, List.of(new FieldError(field, message)));
    }

    /** A refusal as clients see it; the same documents the factories above make. */
    public static ProblemException of(Refusal refusal) {
        if (refusal instanceof Refusal.Invalid invalid) {
            return unprocessable(invalid.fields().stream()
                    .map(field -> new FieldError(field.field(), field.message())).toList());
        }
        if (refusal instanceof Refusal.NotFound notFound) {
            return new ProblemException(404, "Not Found", notFound.detail(), notFound.fields().stream()
                    .map(field -> new FieldError(field.field(), field.message())).toList());
        }
        if (refusal instanceof Refusal.Forbidden) {
            return forbidden(refusal.detail());
        }
        return conflict(refusal.detail());
    }

    public static ProblemException unprocessable(List<FieldError> errors) {
        String detail = errors.size() == 1 ? errors.get(0).message() : errors.size() + " fields are invalid";
        return new ProblemException(422, "Unprocessable Content", detail, errors);
    }

    /** 429 telling the client how many seconds to wait (Retry-After). */
    public static ProblemException tooManyRequests(String detail, long retryAfterSeconds) {
        return new ProblemException(429, "Too Many Requests", detail, List.of(), Math.max(1, retryAfterSeconds));
    }

    public static ProblemException unavailable(String detail) {
        return new ProblemException(503, "Service Unavailable", detail, List.of());
    }

    public int status() {
        return status;
    }

    /** Seconds a client should wait before retrying a 429 or 503. */
    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }

    public Problem toProblem() {
        return new Problem("about:blank", title, status, getMessage(), errors);
    }
}
