package academy.edge.problem;

/** One field at fault: its JSON path (e.g. {@code questions[1].points}) and what is wrong. */
public record FieldError(String field, String message) {
}
