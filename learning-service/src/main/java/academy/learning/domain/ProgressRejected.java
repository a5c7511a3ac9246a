package academy.learning.domain;

/** A sitting outside the rules; {@code field} names the request field at fault. */
public final class ProgressRejected extends RuntimeException {

    private final String field;

    public ProgressRejected(String field, String message) {
        super(message, null, false, false);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
