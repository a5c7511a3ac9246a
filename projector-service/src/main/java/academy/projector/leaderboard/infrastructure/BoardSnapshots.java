package academy.projector.leaderboard.infrastructure;

import io.quarkus.logging.Log;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import academy.projector.projection.application.ProjectorSettings;

/**
 * The leaderboards from PostgreSQL, for while Redis cannot serve them, bounded so an outage
 * makes answers slower and never floods the database: per board at most one read of the whole
 * board runs at a time (plus one queued behind it), and every request in between is answered
 * from the last one in memory. A copy older than {@code academy.projector.leaderboard-fallback-max-age}
 * is still served while a fresh one loads (stale while revalidate); a reader that must see its
 * own write ({@code ?after}) waits for a read that began after its wait ended.
 */
@ApplicationScoped
public class BoardSnapshots {

    /** For {@link #board}: any copy will do. */
    public static final long ANY_AGE = Long.MIN_VALUE;

    private final XpTotals totals;
    private final long maxAgeNanos;
    private final Map<String, Slot> slots = new ConcurrentHashMap<>();
    private final AtomicLong loads = new AtomicLong();

    @Inject
    public BoardSnapshots(XpTotals totals, ProjectorSettings settings) {
        this(totals, settings.leaderboardFallbackMaxAge());
    }

    public BoardSnapshots(XpTotals totals, Duration maxAge) {
        this.totals = totals;
        this.maxAgeNanos = maxAge.toNanos();
    }

    /**
     * The board ({@code week} null: all-time) as read by a load that began at or after
     * {@code notBefore} (System.nanoTime), or any copy with {@link #ANY_AGE}.
     */
    public Uni<BoardSnapshot> board(String board, LocalDate week, long notBefore) {
        Slot slot = slots.computeIfAbsent(board, key -> new Slot());
        synchronized (slot) {
            BoardSnapshot current = slot.current;
            if (current != null && begunSince(current.startedNanos(), notBefore)) {
                if (System.nanoTime() - current.startedNanos() > maxAgeNanos && slot.loading == null) {
                    start(slot, week);
                }
                return Uni.createFrom().item(current);
            }
            if (slot.loading != null && begunSince(slot.loadingSince, notBefore)) {
                return slot.loading;
            }
            if (slot.loading == null) {
                return start(slot, week);
            }
            if (slot.queued == null) {
                slot.queued = slot.loading.onFailure().recoverWithNull().chain(() -> {
                    synchronized (slot) {
                        slot.queued = null;
                        return start(slot, week);
                    }
                }).memoize().indefinitely();
            }
            return slot.queued;
        }
    }

    private static boolean begunSince(long started, long notBefore) {
        return notBefore == ANY_AGE || started - notBefore >= 0;
    }

    /** Reads of a whole board from PostgreSQL since start. */
    public long loads() {
        return loads.get();
    }

    /** Starts a load now (the caller holds the slot's lock). */
    private Uni<BoardSnapshot> start(Slot slot, LocalDate week) {
        loads.incrementAndGet();
        long started = System.nanoTime();
        Uni<BoardSnapshot> load = totals.board(week).map(scores -> BoardSnapshot.of(scores, started))
                .invoke(loaded -> {
                    synchronized (slot) {
                        slot.current = loaded;
                        slot.loading = null;
                    }
                })
                .onFailure().invoke(failure -> {
                    synchronized (slot) {
                        slot.loading = null;
                    }
                    Log.debugf("leaderboard not read from PostgreSQL: %s", failure.getMessage());
                })
                .memoize().indefinitely();
        slot.loading = load;
        slot.loadingSince = started;
        load.subscribe().with(ignored -> { }, ignored -> { });
        return load;
    }

    private static final class Slot {
        private BoardSnapshot current;
        private Uni<BoardSnapshot> loading;
        private long loadingSince;
        private Uni<BoardSnapshot> queued;
    }
}
