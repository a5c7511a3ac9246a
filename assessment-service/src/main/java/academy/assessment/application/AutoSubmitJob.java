package academy.assessment.application;

import academy.assessment.infrastructure.AttemptRow;
import academy.assessment.infrastructure.AttemptTable;
import academy.edge.time.AcademyClock;
import academy.eventstore.LeaderCampaign;
import academy.eventstore.LeaderLocks;
import io.quarkus.logging.Log;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;

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
    private volatile LeaderCampaign campaign;

    public AutoSubmitJob(LeaderLocks locks, AttemptTable attempts, AttemptCommands commands, AcademyClock clock,
                         @ConfigProperty(name = "academy.assessment.auto-submit.batch", defaultValue = "100") int batch) {
        this.locks = locks;
        this.attempts = attempts;
        this.commands = commands;
        this.clock = clock;
        this.batch = batch;
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
                chain = chain.chain(() -> commands.settle(row.attemptId())
                        .onFailure().invoke(failure -> Log.warnf("auto-submit of attempt %s failed: %s",
                                row.attemptId(), failure.getMessage()))
                        .onFailure().recoverWithNull().replaceWithVoid());
            }
            return chain;
        });
    }
}
