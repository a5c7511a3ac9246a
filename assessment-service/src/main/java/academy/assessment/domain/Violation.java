package academy.assessment.domain;

/** A request field at fault, e.g. {@code questions[1].correctChoiceIds}. */
public record Violation(String field, String message) {
}
