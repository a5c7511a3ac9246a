package academy.eventstore;

import io.smallrye.mutiny.Uni;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A held session advisory lock on this process's lock connection ({@link LeaderLocks}); lost
 * when that connection closes.
 */
public final class LeaderLease {

    private final String name;
    private final long key;
    private final LeaderLocks locks;
    private final int sessionPid;
    private final AtomicBoolean held = new AtomicBoolean(true);

    LeaderLease(String name, long key, LeaderLocks locks, int sessionPid) {
        this.name = name;
        this.key = key;
        this.locks = locks;
        this.sessionPid = sessionPid;
    }

    public String name() {
        return name;
    }

    long key() {
        return key;
    }

    /** The backend pid of the session holding the lock (to check it server-side). */
    int sessionPid() {
        return sessionPid;
    }

    public boolean isHeld() {
        return held.get();
    }

    /** The lock connection went away: PostgreSQL has freed the lock already. */
    void lost() {
        held.set(false);
    }

    /** Unlocks; the lock connection stays open for the other leases of this process. */
    public Uni<Void> release() {
        boolean wasHeld = held.getAndSet(false);
        return locks.release(this, wasHeld);
    }
}
