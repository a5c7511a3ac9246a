package academy.eventstore;

/** A place in the global feed, ordered by (transaction id, global position). */
public record FeedPosition(long transactionId, long globalPosition) implements Comparable<FeedPosition> {

    public static final FeedPosition START = new FeedPosition(0, 0);

    public static FeedPosition of(RecordedEvent event) {
        return new FeedPosition(event.transactionId(), event.globalPosition());
    }

    @Override
    public int compareTo(FeedPosition other) {
        int byTransaction = Long.compare(transactionId, other.transactionId);
        return byTransaction != 0 ? byTransaction : Long.compare(globalPosition, other.globalPosition);
    }
}
