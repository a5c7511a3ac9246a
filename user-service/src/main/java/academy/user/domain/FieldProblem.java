package academy.user.domain;

/** A field of a request at fault, and why. */
public record FieldProblem(String field, String message) {
}
