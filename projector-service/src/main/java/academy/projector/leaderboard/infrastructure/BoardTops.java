package academy.projector.leaderboard.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import academy.projector.projection.application.ProjectorSettings;

/**
 * The top of each leaderboard held in this process for {@code academy.projector.leaderboard-top-ttl}
 * (1 s), so most leaderboard reads need Redis only for the caller's own standing. The replica
 * whose projection raises a board's scores drops its copy at once; the others see the change
 * within the TTL. A top read before such a drop is not stored (its ticket is older).
 */
@ApplicationScoped
public class BoardTops {

    private final long ttlNanos;
    private final Map<String, Top> tops = new ConcurrentHashMap<>();
    private final Map<String, Long> dropped = new ConcurrentHashMap<>();
    private final AtomicLong sequence = new AtomicLong();

    public BoardTops(ProjectorSettings settings) {
        this.ttlNanos = settings.leaderboardTopTtl().toNanos();
    }

    /** The held top (user id, XP), most XP first; null when none is held or it is older than the TTL. */
    public List<long[]> get(String board) {
        Top top = tops.get(board);
        return top == null || System.nanoTime() - top.heldSince() > ttlNanos ? null : top.entries();
    }

    public long ticket() {
        return sequence.get();
    }

    /** Holds a top read from Redis after {@code ticket} was taken, unless the board was dropped since. */
    public void put(String board, List<long[]> entries, long ticket) {
        Long drop = dropped.get(board);
        if (drop != null && drop > ticket) {
            return;
        }
        tops.put(board, new Top(List.copyOf(entries), System.nanoTime()));
        Long again = dropped.get(board);
        if (again != null && again > ticket) {
            tops.remove(board);
        }
    }

    public void drop(String board) {
        dropped.put(board, sequence.incrementAndGet());
        tops.remove(board);
    }

    /** Every held top, as after an erasure (rare): other replicas' copies expire within the TTL. */
    public void dropAll() {
        List.copyOf(tops.keySet()).forEach(this::drop);
    }

    private record Top(List<long[]> entries, long heldSince) {
    }
}
