package academy.eventstore;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.jboss.logging.Logger;

/**
 * One subscription's pump: bid for its leader lock, then read batches of the gap-safe feed from
 * the checkpoint, handle each in a transaction that also moves the checkpoint, and wait for a
 * wake-up or the poll timer. A failing batch is retried with back-off, then event by event; an
 * event that keeps failing is parked in the dead-letter table and the feed moves on.
 */
public final class FeedSubscription {

    private static final Logger LOG = Logger.getLogger(FeedSubscription.class);
    private static final String NEXT_WAITING = "SELECT recorded_at FROM event_store"
            + " WHERE (transaction_id, global_position) > ($1::text::xid8, $2)"
            + " ORDER BY transaction_id, global_position LIMIT 1";
    private static final String XMIN = "SELECT pg_snapshot_xmin(pg_current_snapshot())::text::bigint AS xmin";
    private static final long MAX_BACKOFF_MILLIS = 30_000;
    private static final long MAX_TRANSIENT_BACKOFF_MILLIS = 5_000;
    private static final long TRANSIENT_LOG_INTERVAL_MILLIS = 60_000;

    private final String name;
    private final EventHandler handler;
    private final FeedContext feed;
    private final Counter processed;
    private final Counter deadLettered;
    private final Counter campaigns;
    private final Timer batchTimer;
    private final Object lock = new Object();

    private LeaderLease lease;
    private FeedPosition checkpoint;
    private Instant oldestWaiting;
    private Gauge lagGauge;
    private Gauge positionGauge;
    private boolean pumping;
    private boolean wakeRequested;
    private boolean stopped;
    private long timerId = -1;
    private int failures;
    private FeedPosition isolateThrough;
    private int transientFailures;
    private long nextCampaignAt;
    private long epoch;
    private long lastTransientLog = Long.MIN_VALUE / 2;

    FeedSubscription(String name, EventHandler handler, FeedContext feed) {
        this.name = name;
        this.handler = handler;
        this.feed = feed;
        this.processed = Counter.builder("event_feed.events.processed").tag("subscription", name)
                .description("Events handled by this subscription").register(feed.registry());
        this.campaigns = Counter.builder("event_feed.leader_campaigns").tag("subscription", name)
                .description("Bids for this subscription's leader lock (one query on the process's lock connection)")
                .register(feed.registry());
        this.batchTimer = Timer.builder("event_feed.batch").tag("subscription", name)
                .description("Time to handle one batch and commit its checkpoint").register(feed.registry());
        // Exposed at 0 from the start: an alert on increase() never sees the first dead letter of a new series.
        this.deadLettered = Counter.builder("event_feed.dead_letters").tag("subscription", name)
                .description("Events parked in the dead-letter table").register(feed.registry());
    }

    public String name() {
        return name;
    }

    List<String> eventTypes() {
        return handler.eventTypes();
    }

    /** True while this instance holds the subscription's leader lock. */
    public boolean isActive() {
        synchronized (lock) {
            return lease != null && lease.isHeld() && !stopped;
        }
    }

    /**
     * Inside {@code transaction}: fails unless this instance still leads, and makes the leader's
     * next checkpoint move wait for that transaction (the dead-letter retry runs under it).
     */
    Uni<Void> fence(io.vertx.mutiny.sqlclient.SqlConnection transaction) {
        long current;
        synchronized (lock) {
            if (lease == null || !lease.isHeld() || stopped) {
                return Uni.createFrom().failure(new Checkpoints.LostLeadershipException(name));
            }
            current = epoch;
        }
        return Checkpoints.fence(transaction, name, current);
    }

    /** The last checkpoint this instance committed or loaded; null while standing by. */
    public FeedPosition position() {
        synchronized (lock) {
            return checkpoint;
        }
    }

    /** Seconds since the oldest event not yet processed was recorded; 0 when caught up. */
    public double lagSeconds() {
        Instant oldest;
        synchronized (lock) {
            oldest = oldestWaiting;
        }
        return oldest == null ? 0 : Math.max(0, (System.currentTimeMillis() - oldest.toEpochMilli()) / 1000.0);
    }

    void start() {
        schedule(0);
    }

    /**
     * A wake-up: pump now, or right after the pump in progress. A standby ignores it: it bids
     * for the lock on its own timer, at most once per leader-retry interval.
     */
    void wake() {
        synchronized (lock) {
            if (stopped || lease == null || !lease.isHeld()) {
                return;
            }
            if (pumping) {
                wakeRequested = true;
                return;
            }
            if (timerId >= 0) {
                feed.vertx().cancelTimer(timerId);
                timerId = -1;
            }
        }
        pump();
    }

    Uni<Void> stop() {
        LeaderLease held;
        synchronized (lock) {
            stopped = true;
            if (timerId >= 0) {
                feed.vertx().cancelTimer(timerId);
            }
            held = lease;
            lease = null;
            removeGauges();
        }
        return held == null ? Uni.createFrom().voidItem() : held.release();
    }

    private void schedule(long delayMillis) {
        synchronized (lock) {
            if (stopped) {
                return;
            }
            if (delayMillis <= 0) {
                timerId = -1;
                feed.vertx().runOnContext(this::pump);
            } else {
                timerId = feed.vertx().setTimer(delayMillis, id -> {
                    synchronized (lock) {
                        timerId = -1;
                    }
                    pump();
                });
            }
        }
    }

    private void pump() {
        synchronized (lock) {
            if (stopped || pumping) {
                return;
            }
            pumping = true;
            wakeRequested = false;
        }
        Uni.createFrom().deferred(this::step).subscribe().with(this::pumped, failure -> {
            if (TransientFailure.is(failure) && isActive()) {
                pumped(transientDelay(failure));
                return;
            }
            LOG.warnf("subscription %s: %s", name, failure.getMessage());
            pumped(feed.config().leaderRetryMillis());
        });
    }

    private void pumped(Long delayMillis) {
        boolean again;
        synchronized (lock) {
            pumping = false;
            again = wakeRequested;
        }
        schedule(again ? 0 : delayMillis);
    }

    /** One step of the pump; returns the delay before the next one. */
    private Uni<Long> step() {
        LeaderLease current;
        synchronized (lock) {
            current = lease;
        }
        if (current == null || !current.isHeld()) {
            return campaign(current);
        }
        boolean isolating = isolateThrough != null;
        int limit = isolating ? 1 : feed.config().batchSize();
        List<String> types = handler.eventTypes();
        Uni<Long> xmin = types.isEmpty() ? Uni.createFrom().item(0L)
                : feed.pool().query(XMIN).execute().map(rows -> rows.iterator().next().getLong("xmin"));
        return xmin.chain(snapshotXmin -> feed.store().readFeed(feed.pool(), checkpoint, limit, types)
                .chain(batch -> batch.isEmpty() ? idle(snapshotXmin) : handle(batch)))
                .onFailure(Checkpoints.LostLeadershipException.class).recoverWithUni(this::deposed);
    }

    private Uni<Long> campaign(LeaderLease lost) {
        if (lost != null) {
            LOG.infof("subscription %s: leader lock lost, standing by", name);
            synchronized (lock) {
                lease = null;
                removeGauges();
            }
        }
        long retry = feed.config().leaderRetryMillis();
        long now = System.currentTimeMillis();
        synchronized (lock) {
            if (now < nextCampaignAt) {
                return Uni.createFrom().item(nextCampaignAt - now);
            }
            nextCampaignAt = now + retry;
        }
        campaigns.increment();
        return feed.locks().tryAcquire(name).chain(acquired -> {
            if (acquired == null) {
                return Uni.createFrom().item(retry);
            }
            return Checkpoints.claim(feed.pool(), name, acquired)
                    .onFailure().call(acquired::release)
                    .map(claimed -> {
                        if (claimed == null) {
                            // The lock session dropped between the lock and the claim: bid again later.
                            acquired.release().subscribe().with(ignored -> { }, failure -> { });
                            return retry;
                        }
                        if (!lead(acquired, claimed)) {
                            acquired.release().subscribe().with(ignored -> { }, failure -> { });
                        }
                        return 0L;
                    });
        });
    }

    /** Takes up leadership with a fresh claim; false when stopped meanwhile. */
    private boolean lead(LeaderLease acquired, Checkpoints.Claimed claimed) {
        synchronized (lock) {
            if (stopped) {
                return false;
            }
            lease = acquired;
            checkpoint = claimed.position();
            epoch = claimed.epoch();
            failures = 0;
            isolateThrough = null;
            if (lagGauge == null) {
                registerGauges();
            }
        }
        LOG.infof("subscription %s: active from transaction %d, position %d (epoch %d)", name,
                claimed.position().transactionId(), claimed.position().globalPosition(), claimed.epoch());
        return true;
    }

    /**
     * Nothing to read below xmin. A filtered subscription moves its checkpoint past what it
     * has seen; rows committed above xmin mean a slow transaction holds the feed: re-poll soon.
     */
    private Uni<Long> idle(long snapshotXmin) {
        Uni<Void> advance = Uni.createFrom().voidItem();
        if (snapshotXmin > 0 && snapshotXmin - 1 > checkpoint.transactionId()) {
            FeedPosition seen = new FeedPosition(snapshotXmin - 1, Long.MAX_VALUE);
            FeedPosition from = checkpoint;
            advance = feed.pool().withTransaction(tx -> Checkpoints.move(tx, name, epoch, from, seen))
                    .invoke(() -> {
                        synchronized (lock) {
                            checkpoint = seen;
                        }
                    });
        }
        return advance.chain(() -> feed.pool().preparedQuery(NEXT_WAITING)
                .execute(Tuple.of(Long.toString(checkpoint.transactionId()), checkpoint.globalPosition())))
                .map(rows -> {
                    Instant waiting = rows.size() == 0 ? null
                            : rows.iterator().next().getOffsetDateTime("recorded_at").toInstant();
                    synchronized (lock) {
                        oldestWaiting = waiting;
                    }
                    return waiting == null ? feed.config().pollIntervalMillis() : feed.config().xminRetryMillis();
                });
    }

    private Uni<Long> handle(List<RecordedEvent> batch) {
        synchronized (lock) {
            oldestWaiting = batch.get(0).recordedAt();
        }
        FeedPosition from = checkpoint;
        FeedPosition to = FeedPosition.of(batch.get(batch.size() - 1));
        long started = System.nanoTime();
        return feed.pool().withTransaction(tx -> handler.handle(tx, batch)
                        .chain(() -> Checkpoints.move(tx, name, epoch, from, to)))
                .onItem().transformToUni(ignored -> committed(batch, to, started))
                .onFailure().recoverWithUni(failure -> failed(batch, failure));
    }

    private Uni<Long> committed(List<RecordedEvent> batch, FeedPosition to, long started) {
        batchTimer.record(System.nanoTime() - started, TimeUnit.NANOSECONDS);
        processed.increment(batch.size());
        synchronized (lock) {
            checkpoint = to;
            failures = 0;
            transientFailures = 0;
            if (isolateThrough != null && to.compareTo(isolateThrough) >= 0) {
                isolateThrough = null;
            }
        }
        return handler.afterCommit(batch)
                .onFailure().invoke(failure -> LOG.warnf("subscription %s: after-commit step failed: %s",
                        name, failure.getMessage()))
                .onFailure().recoverWithNull()
                .replaceWith(0L);
    }

    /**
     * A checkpoint move found another position or epoch: re-claim and go on while our session
     * still holds the lock (no flapping), else stand down and campaign again later.
     */
    private Uni<Long> deposed(Throwable failure) {
        LeaderLease held;
        synchronized (lock) {
            held = lease;
        }
        if (held == null) {
            return Uni.createFrom().item(0L);
        }
        // Still holding the lock server-side (the checkpoint was moved by a rebuild, say): claim it
        // again and carry on, without letting the lock go. Otherwise we are the stale one: stand down.
        return Checkpoints.claim(feed.pool(), name, held).chain(claimed -> {
            if (claimed != null && held.isHeld()) {
                LOG.infof("subscription %s: %s; reloaded it, still leading", name, failure.getMessage());
                lead(held, claimed);
                return Uni.createFrom().item(0L);
            }
            LOG.warnf("subscription %s: %s; standing down", name, failure.getMessage());
            synchronized (lock) {
                lease = null;
                removeGauges();
            }
            return held.release().replaceWith(0L);
        });
    }

    private Uni<Long> failed(List<RecordedEvent> batch, Throwable failure) {
        if (failure instanceof Checkpoints.LostLeadershipException) {
            return deposed(failure);
        }
        if (TransientFailure.is(failure)) {
            return Uni.createFrom().item(transientDelay(failure));
        }
        int attempt;
        synchronized (lock) {
            transientFailures = 0;
            attempt = ++failures;
            if (batch.size() > 1) {
                // Find the poison event: go on one event at a time through this batch.
                isolateThrough = FeedPosition.of(batch.get(batch.size() - 1));
                failures = 0;
                attempt = 0;
            }
        }
        if (batch.size() == 1 && attempt >= feed.config().maxAttempts()) {
            return park(batch.get(0), attempt, failure);
        }
        long backoff = Math.min(MAX_BACKOFF_MILLIS, feed.config().retryBackoffMillis() << Math.min(20, Math.max(0, attempt - 1)));
        LOG.warnf("subscription %s: batch at position %d failed (attempt %d), retrying in %d ms: %s",
                name, batch.get(0).globalPosition(), attempt, backoff, describe(failure));
        return Uni.createFrom().item(attempt == 0 ? 0L : backoff);
    }

    /**
     * Not the events' fault: retry with back-off for as long as it lasts, without spending their
     * attempts or isolating them. The lag gauge keeps growing meanwhile; one log line a minute.
     */
    private long transientDelay(Throwable failure) {
        int streak;
        boolean log;
        long now = System.currentTimeMillis();
        synchronized (lock) {
            streak = ++transientFailures;
            log = now - lastTransientLog >= TRANSIENT_LOG_INTERVAL_MILLIS;
            if (log) {
                lastTransientLog = now;
            }
        }
        long backoff = Math.min(MAX_TRANSIENT_BACKOFF_MILLIS,
                feed.config().retryBackoffMillis() << Math.min(20, streak - 1));
        if (log) {
            LOG.warnf("subscription %s: transient failure %d in a row (%s); retrying in %d ms, events keep their attempts",
                    name, streak, describe(failure), backoff);
        }
        return backoff;
    }

    private Uni<Long> park(RecordedEvent poison, int attempts, Throwable failure) {
        FeedPosition from = checkpoint;
        FeedPosition past = FeedPosition.of(poison);
        LOG.errorf("subscription %s: event %s (%s at position %d) failed %d times; parked in dead_letters",
                name, poison.eventId(), poison.eventType(), poison.globalPosition(), attempts);
        return feed.pool().withTransaction(tx -> DeadLetters.park(tx, name, poison, attempts, describe(failure))
                        .chain(() -> Checkpoints.move(tx, name, epoch, from, past)))
                .invoke(() -> {
                    deadLettered.increment();
                    synchronized (lock) {
                        checkpoint = past;
                        failures = 0;
                        if (isolateThrough != null && past.compareTo(isolateThrough) >= 0) {
                            isolateThrough = null;
                        }
                    }
                })
                .replaceWith(0L);
    }

    private static String describe(Throwable failure) {
        String message = failure.getMessage();
        return failure.getClass().getSimpleName() + (message == null ? "" : ": " + message);
    }

    private void registerGauges() {
        MeterRegistry registry = feed.registry();
        lagGauge = Gauge.builder("event_processing_lag_seconds", this, FeedSubscription::lagSeconds)
                .tag("subscription", name)
                .description("Seconds since the oldest event this subscription has not processed was recorded")
                .register(registry);
        positionGauge = Gauge.builder("event_feed_position", this, s -> {
                    FeedPosition position = s.position();
                    return position == null ? 0 : position.globalPosition() == Long.MAX_VALUE ? 0 : position.globalPosition();
                })
                .tag("subscription", name)
                .description("Global position of this subscription's checkpoint")
                .register(registry);
    }

    private void removeGauges() {
        if (lagGauge != null) {
            feed.registry().remove(lagGauge);
            lagGauge = null;
        }
        if (positionGauge != null) {
            feed.registry().remove(positionGauge);
            positionGauge = null;
        }
    }
}
