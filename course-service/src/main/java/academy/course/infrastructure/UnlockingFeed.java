package academy.course.infrastructure;

import academy.eventstore.EventStore;
import academy.eventstore.RecordedEvent;
import academy.eventstore.SubscribedHandler;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/**
 * Subscription "course-unlocking": LessonCompleted and AssessmentPassed move learners on
 * (authoritative facts, never re-judged); AssessmentAttached and Enrolled keep the gate and
 * enrolment tables in feed order with them; LessonAdded, ModuleAdded and AssessmentAttached queue
 * a re-walk of the course's learners ({@link RewalkJob}, a page per transaction), so content added
 * after publishing opens for those already past that point, and a replaced assessment already
 * passed moves its learners on. AssessmentFailed and LessonProgressRecorded are not even read:
 * they can open nothing and close nothing.
 */
@ApplicationScoped
public class UnlockingFeed implements SubscribedHandler {

    public static final String SUBSCRIPTION = "course-unlocking";
    static final List<String> TYPES = List.of("LessonCompleted", "AssessmentPassed", "AssessmentAttached", "Enrolled",
            "LessonAdded", "ModuleAdded");

    private final EventStore store;
    private final LearnerProgressTable progress;
    private final AssessmentGates gates;
    private final EnrollmentTable enrollments;
    private final RewalkQueue rewalks;

    public UnlockingFeed(EventStore store, LearnerProgressTable progress, AssessmentGates gates,
                         EnrollmentTable enrollments, RewalkQueue rewalks) {
        this.rewalks = rewalks;
        this.store = store;
        this.progress = progress;
        this.gates = gates;
        this.enrollments = enrollments;
    }

    @Override
    public String subscription() {
        return SUBSCRIPTION;
    }

    @Override
    public List<String> eventTypes() {
        return TYPES;
    }

    @Override
    public Uni<Void> handle(SqlConnection tx, List<RecordedEvent> batch) {
        UnlockingBatch work = new UnlockingBatch(tx, store, progress, gates, enrollments, rewalks);
        // Never at the same time as a page of RewalkJob: both decide on enrolment streams.
        Uni<Void> chain = rewalks.lock(tx);
        for (RecordedEvent event : batch) {
            chain = chain.chain(() -> work.decide(event));
        }
        // Appends first (the transaction's first writes, per the event store's contract), then the lookup rows.
        return chain.chain(work::appendAll).chain(work::recordFacts);
    }
}
