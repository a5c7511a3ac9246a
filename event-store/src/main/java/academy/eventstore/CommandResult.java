package academy.eventstore;

import java.util.List;

/**
 * What a command did to its stream.
 *
 * @param state the stream's state after the command (folded over the appended events)
 * @param streamVersion the stream's version after the command
 * @param position global position of the command's last event; when it appended nothing, of the
 *                 stream's last event (0 for an empty stream): what {@code ?after=} waits for
 * @param appended the events this command appended (empty when the decision was "nothing to do")
 * @param alreadyStored true when an earlier run of the same command (same deterministic ids) had stored them
 */
public record CommandResult<S>(S state, int streamVersion, long position, List<RecordedEvent> appended,
                               boolean alreadyStored) {
}
