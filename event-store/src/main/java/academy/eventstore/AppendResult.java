package academy.eventstore;

/**
 * The outcome of an append.
 *
 * @param streamVersion the stream's version after the append (its last event's version)
 * @param lastPosition the global position of the last event appended (or already stored)
 * @param alreadyStored true when every event was stored before: an idempotent retry that wrote nothing
 */
public record AppendResult(String streamId, int streamVersion, long lastPosition, boolean alreadyStored) {
}
