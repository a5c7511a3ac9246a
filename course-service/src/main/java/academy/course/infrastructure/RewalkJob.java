package academy.course.infrastructure;

import academy.eventstore.EventStore;
import io.quarkus.logging.Log;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Works off {@code course_rewalks}: one page of a course's enrolled learners per transaction,
 * under the lock the unlocking feed takes too, so a large course never holds back the feed for
 * long and the two never decide on the same enrolment at once. Any replica may run it: the lock
 * serialises them, and the cursor moves in the transaction that appends.
 */
@ApplicationScoped
public class RewalkJob {

    private final Pool pool;
    private final EventStore store;
    private final RewalkQueue queue;
    private final LearnerProgressTable progress;
    private final AssessmentGates gates;
    private final EnrollmentTable enrollments;
    private final int pageSize;

    public RewalkJob(Pool pool, EventStore store, RewalkQueue queue, LearnerProgressTable progress, AssessmentGates gates,
                     EnrollmentTable enrollments, RewalkSettings settings) {
        this.pool = pool;
        this.store = store;
        this.queue = queue;
        this.progress = progress;
        this.gates = gates;
        this.enrollments = enrollments;
        this.pageSize = settings.page();
    }

    @Scheduled(every = "${academy.course.rewalk.every}", delayed = "1s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> onTimer() {
        return drain(50).onFailure().invoke(failure -> Log.debugf("course re-walk paused: %s", failure.getMessage()))
                .onFailure().recoverWithNull().replaceWithVoid();
    }

    /** Up to {@code pages} pages, each in its own transaction; true while work is left. */
    public Uni<Boolean> drain(int pages) {
        if (pages <= 0) {
            return Uni.createFrom().item(true);
        }
        return onePage().chain(more -> more ? drain(pages - 1) : Uni.createFrom().item(false));
    }

    /** Re-walks the next page of the oldest pending re-walk; false when nothing is pending. */
    public Uni<Boolean> onePage() {
        return pool.withTransaction(tx -> queue.lock(tx).chain(() -> queue.next(tx)).chain(next -> {
            if (next.isEmpty()) {
                return Uni.createFrom().item(false);
            }
            RewalkQueue.Rewalk rewalk = next.get();
            return queue.page(tx, rewalk, pageSize).chain(users -> {
                if (users.isEmpty()) {
                    return queue.done(tx, rewalk).replaceWith(true);
                }
                UnlockingBatch work = new UnlockingBatch(tx, store, progress, gates, enrollments, queue);
                Uni<Void> cursor = users.size() < pageSize ? queue.done(tx, rewalk)
                        : queue.advance(tx, rewalk, users.get(users.size() - 1));
                return work.rewalk(rewalk.source(), users, rewalk.courseId(), rewalk.at())
                        .chain(work::appendAll).chain(() -> cursor).replaceWith(true);
            });
        }));
    }
}
