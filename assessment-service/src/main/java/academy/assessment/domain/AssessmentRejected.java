package academy.assessment.domain;

import java.util.List;

/** A command the rules refuse; the edge maps {@link Kind} to 422, 403, 404 or 409. */
public final class AssessmentRejected extends RuntimeException {

    public enum Kind { INVALID, FORBIDDEN, NOT_FOUND, CONFLICT }

    private final Kind kind;
    private final List<Violation> violations;

    private AssessmentRejected(Kind kind, String message, List<Violation> violations) {
        super(message, null, false, false);
        this.kind = kind;
        this.violations = List.copyOf(violations);
    }

    public static AssessmentRejected invalid(List<Violation> violations) {
        return new AssessmentRejected(Kind.INVALID, violations.get(0).message(), violations);
    }

    public static AssessmentRejected invalid(String field, String message) {
        return invalid(List.of(new Violation(field, message)));
    }

    public static AssessmentRejected forbidden(String message) {
        return new AssessmentRejected(Kind.FORBIDDEN, message, List.of());
    }

    public static AssessmentRejected notFound(String message) {
        return new AssessmentRejected(Kind.NOT_FOUND, message, List.of());
    }

    public static AssessmentRejected conflict(String message) {
        return new AssessmentRejected(Kind.CONFLICT, message, List.of());
    }

    public Kind kind() {
        return kind;
    }

    public List<Violation> violations() {
        return violations;
    }
}
