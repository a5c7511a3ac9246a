package academy.eventstore;

/** A stale expected version: someone else appended to the stream first. HTTP 409 at the edge. */
public class ConcurrencyConflictException extends RuntimeException {

    private final String streamId;
    private final ExpectedVersion expected;
    private final int actual;

    public ConcurrencyConflictException(String streamId, ExpectedVersion expected, int actual) {
        super("stream " + streamId + " is at version " + actual + ", expected " + expected);
        this.streamId = streamId;
        this.expected = expected;
        this.actual = actual;
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
}
