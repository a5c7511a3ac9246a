package academy.refusal;

import java.util.List;
import java.util.Objects;

/** A {@link Refusal} thrown through a command or query; no stack trace, it is an answer, not a fault. */
public final class RefusedException extends RuntimeException {

    private final Refusal refusal;

    public RefusedException(Refusal refusal) {
        super(Objects.requireNonNull(refusal, "refusal").detail(), null, false, false);
        this.refusal = refusal;
    }

    public static RefusedException notFound(String detail) {
        return new RefusedException(new Refusal.NotFound(detail));
    }

    /** Not found, naming the path or query parameter that named the missing thing. */
    public static RefusedException notFound(String field, String message, String detail) {
        return new RefusedException(new Refusal.NotFound(detail, List.of(new FieldRefusal(field, message))));
    }

    public static RefusedException forbidden(String detail) {
        return new RefusedException(new Refusal.Forbidden(detail));
    }

    public static RefusedException conflict(String detail) {
        return new RefusedException(new Refusal.Conflict(detail));
    }

    public static RefusedException invalid(String field, String message) {
        return invalid(List.of(new FieldRefusal(field, message)));
    }

    public static RefusedException invalid(List<FieldRefusal> fields) {
        return new RefusedException(new Refusal.Invalid(fields));
    }

    public Refusal refusal() {
        return refusal;
    }
}
