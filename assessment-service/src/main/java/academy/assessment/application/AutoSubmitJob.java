package academy.assessment.application;

import academy.assessment.infrastructure.AttemptRow;
import academy.assessment.infrastructure.AttemptTable;
import academy.edge.time.AcademyClock;
import academy.eventstore.LeaderCampaign;
import academy.eventstore.LeaderLocks;
import academy.eventstore.StoreUnavailable;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.logging.Log;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Duration;

/**
 * Submits attempts whose answers closed (deadline + grace) and that nobody touched since.
 * Runs on the leader of {@code assessment-auto-submit} only; every replica serves HTTP.
 */
@ApplicationScoped
public class AutoSubmitJob {

    public static final String LOCK = "assessment-auto-submit";
    /** The job's identity with the Quarkus scheduler (tests pause it to see the read path alone). */
    public static final String IDENTITY = "assessment-auto-submit";

    private final LeaderLocks locks;
    private final AttemptTable attempts;
    private final AttemptCommands commands;
    private final AcademyClock clock;
    private final int batch;
    private final int parkAfter;
    private final Duration settleTimeout;
    private final Counter parked;
    private volatile LeaderCampaign campaign;

    public AutoSubmitJob(LeaderLocks locks, AttemptTable attempts, AttemptCommands commands, AcademyClock clock,
                         MeterRegistry registry, AutoSubmitSettings settings) {
        this.locks = locks;
        this.attempts = attempts;
        this.commands = commands;
        this.clock = clock;
        this.batch = settings.batch();
        this.parkAfter = settings.parkAfter();
        this.settleTimeout = settings.settleTimeout();
        this.parked = Counter.builder("academy.assessment.auto_submit.parked")
                .description("Overdue attempts the auto-submit job gave up on after repeated failures (a record it cannot read)")
                .register(registry);
    }

    void onStart(@Observes StartupEvent event) {
        campaign = locks.campaign(LOCK);
    }

    void onStop(@Observes ShutdownEvent event) {
        if (campaign != null) {
            campaign.stop();
        }
    }

    @Scheduled(identity = IDENTITY, every = "${academy.assessment.auto-submit.every}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> submitOverdue() {
        LeaderCampaign current = campaign;
        if (current == null || !current.isLeader()) {
            return Uni.createFrom().voidItem();
        }
        return attempts.overdue(clock.now(), batch).chain(overdue -> {
            Uni<Void> chain = Uni.createFrom().voidItem();
            for (AttemptRow row : overdue) {
                // Deferred: a settle that throws before it returns a Uni must not end the round either.
                // A record the store's client cannot decode can leave its read unanswered: time it out.
                chain = chain.chain(() -> Uni.createFrom().deferred(() -> commands.settle(row.attemptId()))
                        .ifNoItem().after(settleTimeout).fail()
                        .onFailure().call(failure -> failed(row, failure))
                        .onFailure().recoverWithNull().replaceWithVoid());
            }
            return chain;
        });
    }

    /** A store outage is retried next round; any other failure counts toward parking the attempt. */
    private Uni<Void> failed(AttemptRow row, Throwable failure) {
        if (StoreUnavailable.is(failure)) {
            return Uni.createFrom().voidItem();
        }
        Log.debugf("auto-submit of attempt %s failed: %s", row.attemptId(), failure.getClass().getSimpleName());
        return attempts.recordAutoSubmitFailure(row.attemptId(), parkAfter).invoke(parkedNow -> {
            if (parkedNow) {
                parked.increment();
                Log.warnf("auto-submit parked attempt %s of user %d after %d failures (%s); it is left out of later rounds"
                        + " (academy_assessment_auto_submit_parked_total)", row.attemptId(), row.userId(), parkAfter,
                        failure.getClass().getSimpleName());
            }
        }).onFailure().recoverWithNull().replaceWithVoid();
    }
}
