package academy.refusal;

import java.util.Objects;

/** A request field at fault, as a JSON path (e.g. {@code questions[1].points}), and why. */
public record FieldRefusal(String field, String message) {

    public FieldRefusal {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(message, "message");
    }
}
