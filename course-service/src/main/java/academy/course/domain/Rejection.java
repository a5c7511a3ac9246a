package academy.course.domain;

import java.util.List;

/** A command the rules refuse; the edge maps the kind to 404, 403, 409 or 422. */
public final class Rejection extends RuntimeException {

    public enum Kind { NOT_FOUND, LOCKED, CONFLICT, INVALID }

    public record FieldProblem(String field, String message) {
    }

    private final Kind kind;
    private final List<FieldProblem> problems;

    private Rejection(Kind kind, String detail, List<FieldProblem> problems) {
        super(detail, null, false, false);
        this.kind = kind;
        this.problems = List.copyOf(problems);
    }

    public static Rejection notFound(String detail) {
        return new Rejection(Kind.NOT_FOUND, detail, List.of());
    }

    public static Rejection locked(String detail) {
        return new Rejection(Kind.LOCKED, detail, List.of());
    }

    public static Rejection conflict(String detail) {
        return new Rejection(Kind.CONFLICT, detail, List.of());
    }

    public static Rejection invalid(String field, String message) {
        return invalid(List.of(new FieldProblem(field, message)));
    }

    public static Rejection invalid(List<FieldProblem> problems) {
        return new Rejection(Kind.INVALID, problems.get(0).field() + ": " + problems.get(0).message(), problems);
    }

    public Kind kind() {
        return kind;
    }

    public List<FieldProblem> problems() {
        return problems;
    }
}
