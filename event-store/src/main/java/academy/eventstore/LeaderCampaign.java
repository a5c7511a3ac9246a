package academy.eventstore;

import io.vertx.mutiny.core.Vertx;
import org.jboss.logging.Logger;

/** A standing bid for a leader lock: retries while another instance leads, re-bids when the lease is lost. */
public final class LeaderCampaign {

    private static final Logger LOG = Logger.getLogger(LeaderCampaign.class);

    private final String name;
    private final LeaderLocks locks;
    private final Vertx vertx;
    private final long retryMillis;
    private volatile LeaderLease lease;
    private volatile boolean stopped;

    LeaderCampaign(String name, LeaderLocks locks, Vertx vertx, long retryMillis) {
        this.name = name;
        this.locks = locks;
        this.vertx = vertx;
        this.retryMillis = retryMillis;
    }

    void start() {
        bid();
    }

    public boolean isLeader() {
        LeaderLease current = lease;
        return current != null && current.isHeld();
    }

    public String name() {
        return name;
    }

    public void stop() {
        stopped = true;
        LeaderLease current = lease;
        lease = null;
        if (current != null) {
            current.release().subscribe().with(ignored -> { }, failure -> { });
        }
    }

    private void bid() {
        if (stopped) {
            return;
        }
        if (isLeader()) {
            vertx.setTimer(retryMillis, id -> bid());
            return;
        }
        locks.tryAcquire(name).subscribe().with(acquired -> {
            if (acquired != null) {
                if (stopped) {
                    acquired.release().subscribe().with(ignored -> { }, failure -> { });
                    return;
                }
                LOG.infof("leading %s", name);
                lease = acquired;
            }
            vertx.setTimer(retryMillis, id -> bid());
        }, failure -> {
            LOG.debugf("leader bid for %s failed: %s", name, failure.getMessage());
            vertx.setTimer(retryMillis, id -> bid());
        });
    }
}
