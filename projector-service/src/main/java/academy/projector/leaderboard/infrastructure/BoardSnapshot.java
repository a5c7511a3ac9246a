package academy.projector.leaderboard.infrastructure;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * A whole leaderboard read from PostgreSQL, in primitive arrays: the order Redis lists it in
 * (most XP first, equal XP by user id as text, descending), each learner's XP by id, and the
 * XP column sorted for "how many have more" by binary search.
 */
public final class BoardSnapshot {

    private final long[] rankedIds;
    private final long[] rankedXp;
    private final long[] idsAscending;
    private final long[] xpByAscendingId;
    private final long startedNanos;

    private BoardSnapshot(long[] rankedIds, long[] rankedXp, long[] idsAscending, long[] xpByAscendingId, long startedNanos) {
        this.rankedIds = rankedIds;
        this.rankedXp = rankedXp;
        this.idsAscending = idsAscending;
        this.xpByAscendingId = xpByAscendingId;
        this.startedNanos = startedNanos;
    }

    /** {@code startedNanos}: when the read that produced {@code totals} began (System.nanoTime). */
    public static BoardSnapshot of(Map<Long, Long> totals, long startedNanos) {
        List<long[]> entries = new ArrayList<>(totals.size());
        totals.forEach((id, xp) -> {
            if (xp > 0) {
                entries.add(new long[] {id, xp});
            }
        });
        entries.sort(Comparator.<long[]>comparingLong(e -> -e[1])
                .thenComparing(e -> Long.toString(e[0]), Comparator.reverseOrder()));
        int size = entries.size();
        long[] rankedIds = new long[size];
        long[] rankedXp = new long[size];
        for (int i = 0; i < size; i++) {
            rankedIds[i] = entries.get(i)[0];
            rankedXp[i] = entries.get(i)[1];
        }
        entries.sort(Comparator.comparingLong(e -> e[0]));
        long[] ids = new long[size];
        long[] xpById = new long[size];
        for (int i = 0; i < size; i++) {
            ids[i] = entries.get(i)[0];
            xpById[i] = entries.get(i)[1];
        }
        return new BoardSnapshot(rankedIds, rankedXp, ids, xpById, startedNanos);
    }

    public List<long[]> top(int limit) {
        int size = Math.min(limit, rankedIds.length);
        List<long[]> top = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            top.add(new long[] {rankedIds[i], rankedXp[i]});
        }
        return top;
    }

    /** The learner's XP on this board; null when they have none. */
    public Long xpOf(long userId) {
        int at = Arrays.binarySearch(idsAscending, userId);
        return at < 0 ? null : xpByAscendingId[at];
    }

    /** How many learners have more than {@code xp}. */
    public long ahead(long xp) {
        // rankedXp is descending: find the first index whose XP is <= xp.
        int low = 0;
        int high = rankedXp.length;
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (rankedXp[mid] > xp) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
    }

    public long startedNanos() {
        return startedNanos;
    }
}
