package academy.user.domain;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/**
 * The learner's time zones over time, from ProfileUpdated: which zone was in force at an instant,
 * so a completion is dated where the learner was when they completed it, not where they are
 * when the reaction runs.
 */
public record ZoneTimeline(List<Change> changes) {

    /** From {@code from} on (ProfileUpdated.updatedAt), the learner's zone is {@code zone}. */
    public record Change(Instant from, String zone) {
    }

    private static final ZoneId UTC = ZoneId.of("UTC");

    public static final ZoneTimeline UTC_ONLY = new ZoneTimeline(List.of());

    public ZoneTimeline {
        changes = List.copyOf(changes);
    }

    public ZoneTimeline changedTo(String zone, Instant from) {
        List<Change> more = new ArrayList<>(changes);
        more.add(new Change(from == null ? Instant.MIN : from, zone));
        return new ZoneTimeline(more);
    }

    /** The zone of the latest change at or before {@code instant} (a later change in the stream wins a tie); UTC before any. */
    public ZoneId zoneAt(Instant instant) {
        Change inForce = null;
        for (Change change : changes) {
            if (!change.from().isAfter(instant) && (inForce == null || !change.from().isBefore(inForce.from()))) {
                inForce = change;
            }
        }
        return inForce == null ? UTC : zoneOf(inForce.zone());
    }

    /** A stored zone id; UTC if this JVM no longer knows it. */
    public static ZoneId zoneOf(String id) {
        try {
            return id == null ? UTC : ZoneId.of(id);
        } catch (RuntimeException unknown) {
            return UTC;
        }
    }
}
