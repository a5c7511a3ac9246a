package academy.projector.dashboard.infrastructure;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Collection;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import academy.projector.projection.application.ProjectorSettings;

/**
 * Rendered dashboards held in this process, per learner. An entry goes in the same step that
 * commits a change to that learner's read models (see ProgressBroadcast for the other replicas),
 * so a repeated read is a memory hit and a read after {@code ?after} is current. A dashboard
 * computed from rows read before such an invalidation is not stored: every invalidation is
 * stamped with a sequence number, and a computation stores only if its learner (and the whole
 * cache) was not invalidated since it took its ticket. The TTL bounds what a lost broadcast can
 * leave behind and lets the time-dependent parts (today's streak, this week's XP) move on.
 */
@ApplicationScoped
public class DashboardCache {

    /** Longer than any dashboard computation: an invalidation older than this cannot race one. */
    private static final Duration STAMP_LIFETIME = Duration.ofSeconds(30);

    private final Cache<Long, String> entries;
    private final Cache<Long, Long> invalidated;
    private final AtomicLong sequence = new AtomicLong();
    private volatile long clearedAt;

    @Inject
    public DashboardCache(ProjectorSettings settings) {
        this(settings.dashboardCacheTtl(), settings.dashboardCacheSize());
    }

    public DashboardCache(Duration ttl, long size) {
        this.entries = Caffeine.newBuilder().maximumSize(size).expireAfterWrite(ttl).build();
        this.invalidated = Caffeine.newBuilder().maximumSize(Math.max(1_000, size)).expireAfterWrite(STAMP_LIFETIME).build();
    }

    public Optional<String> get(long userId) {
        return Optional.ofNullable(entries.getIfPresent(userId));
    }

    /** Taken before reading the rows a dashboard is computed from. */
    public long ticket() {
        return sequence.get();
    }

    /** Stores a dashboard unless its learner's data changed after {@code ticket} was taken. */
    public void put(long userId, String json, long ticket) {
        Long stamp = invalidated.getIfPresent(userId);
        if (clearedAt > ticket || (stamp != null && stamp > ticket)) {
            return;
        }
        entries.put(userId, json);
        // An invalidation may have landed between the check and the put: undo the put then.
        Long after = invalidated.getIfPresent(userId);
        if (clearedAt > ticket || (after != null && after > ticket)) {
            entries.invalidate(userId);
        }
    }

    public void invalidateHere(Collection<Long> userIds) {
        if (userIds.isEmpty()) {
            return;
        }
        long stamp = sequence.incrementAndGet();
        for (Long userId : userIds) {
            invalidated.put(userId, stamp);
            entries.invalidate(userId);
        }
    }

    public void clearHere() {
        clearedAt = sequence.incrementAndGet();
        entries.invalidateAll();
    }

    public long size() {
        entries.cleanUp();
        return entries.estimatedSize();
    }
}
