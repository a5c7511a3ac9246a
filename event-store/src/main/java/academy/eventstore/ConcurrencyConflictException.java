package academy.eventstore;

/**
 * Someone else appended to the stream first: decide again on its new state. HTTP 409 at the
 * edge when retries run out. When {@link #needsNewTransaction()}, deciding again inside the same
 * transaction cannot succeed (it was aborted, or per-stream feed order forbids it): roll back and
 * retry in a new one; a feed handler's batch is retried that way without counting an attempt.
 */
public class ConcurrencyConflictException extends RuntimeException {

    private final String streamId;
    private final ExpectedVersion expected;
    private final int actual;
    private final boolean needsNewTransaction;

    public ConcurrencyConflictException(String streamId, ExpectedVersion expected, int actual) {
        this(streamId, expected, actual, false, "stream " + streamId + " is at version " + actual + ", expected " + expected);
    }

    private ConcurrencyConflictException(String streamId, ExpectedVersion expected, int actual,
                                         boolean needsNewTransaction, String message) {
        super(message);
        this.streamId = streamId;
        this.expected = expected;
        this.actual = actual;
        this.needsNewTransaction = needsNewTransaction;
    }

    /** A conflict only a new transaction can get past; {@code actual} is a lower bound of the stream's version. */
    static ConcurrencyConflictException inNewTransaction(String streamId, ExpectedVersion expected, int actual,
                                                         String reason) {
        return new ConcurrencyConflictException(streamId, expected, actual, true,
                "append to stream " + streamId + " (expected " + expected + ") refused: " + reason
                        + "; retry in a new transaction");
    }

    public String streamId() {
        return streamId;
    }

    public ExpectedVersion expected() {
        return expected;
    }

    public int actual() {
        return actual;
    }

    /** True when the caller's transaction can no longer append to this stream: retry in a new one. */
    public boolean needsNewTransaction() {
        return needsNewTransaction;
    }
}
