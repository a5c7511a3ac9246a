package academy.course.infrastructure;

import academy.course.domain.CourseEvent;
import academy.course.domain.CourseEvent.AssessmentAttached;
import academy.course.domain.EnrollmentCommand.ApplyProgress;
import academy.course.domain.EnrollmentDecider;
import academy.course.domain.EnrollmentEvent;
import academy.course.domain.EnrollmentEvent.Enrolled;
import academy.course.domain.LearnerEvent.AssessmentPassed;
import academy.course.domain.LearnerEvent.LessonCompleted;
import academy.course.infrastructure.BatchReads.EnrollmentStream;
import academy.eventstore.EventIds;
import academy.eventstore.EventMetadata;
import academy.eventstore.EventStore;
import academy.eventstore.ExpectedVersion;
import academy.eventstore.RecordedEvent;
import io.quarkus.logging.Log;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * One batch of the unlocking reaction: decide everything in memory first (reads only), then append
 * per enrollment stream, then record the facts. Ids come from EventIds.forReaction, so a batch that
 * is handled again after a rollback appends exactly the same events.
 */
final class UnlockingBatch {

    static final String REWALK = UnlockingFeed.SUBSCRIPTION + "/rewalk/";

    private final SqlConnection tx;
    private final EventStore store;
    private final BatchReads reads;
    private final LearnerProgressTable progressTable;
    private final AssessmentGates gates;
    private final EnrollmentTable enrollmentTable;
    private final RewalkQueue rewalks;
    private final List<Supplier<Uni<Void>>> factWrites = new ArrayList<>();
    private final List<EnrollmentStream> touched = new ArrayList<>();

    UnlockingBatch(SqlConnection tx, EventStore store, LearnerProgressTable progressTable, AssessmentGates gates,
                   EnrollmentTable enrollmentTable, RewalkQueue rewalks) {
        this.rewalks = rewalks;
        this.tx = tx;
        this.store = store;
        this.progressTable = progressTable;
        this.gates = gates;
        this.enrollmentTable = enrollmentTable;
        this.reads = new BatchReads(tx, store, progressTable, enrollmentTable);
    }

    Uni<Void> decide(RecordedEvent event) {
        String type = event.eventType();
        if ("LessonCompleted".equals(type)) {
            LessonCompleted e = event.dataAs(LessonCompleted.class);
            if (e.lessonId() == null || e.courseId() == null) {
                return skipped(event);
            }
            LessonCompleted fact = new LessonCompleted(e.userId(), e.lessonId(), e.courseId(), at(e.completedAt(), event));
            reads.learnt(fact.userId(), progress -> progress.evolve(fact));
            factWrites.add(() -> progressTable.record(tx, fact));
            return reevaluate(event, List.of(fact.userId()), fact.courseId(), fact.completedAt(), new int[1]);
        }
        if ("AssessmentPassed".equals(type)) {
            AssessmentPassed e = event.dataAs(AssessmentPassed.class);
            if (e.assessmentId() == null) {
                return skipped(event);
            }
            AssessmentPassed fact = new AssessmentPassed(e.userId(), e.assessmentId(), at(e.decidedAt(), event));
            reads.learnt(fact.userId(), progress -> progress.evolve(fact));
            factWrites.add(() -> progressTable.record(tx, fact));
            int[] index = new int[1];
            return gates.coursesGatedBy(tx, fact.assessmentId()).chain(courseIds -> each(courseIds,
                    courseId -> reevaluate(event, List.of(fact.userId()), courseId, fact.decidedAt(), index)));
        }
        if ("Enrolled".equals(type)) {
            Enrolled e = event.dataAs(Enrolled.class);
            if (e.courseId() == null) {
                return skipped(event);
            }
            reads.enrolled(e.courseId(), e.userId());
            factWrites.add(() -> enrollmentTable.record(tx, e.courseId(), e.userId(), at(e.enrolledAt(), event)));
            return Uni.createFrom().voidItem();
        }
        if ("AssessmentAttached".equals(type)) {
            AssessmentAttached e = event.dataAs(AssessmentAttached.class);
            if (e.moduleId() == null || e.assessmentId() == null) {
                return skipped(event);
            }
            factWrites.add(() -> gates.attach(tx, e.courseId(), e.moduleId(), e.assessmentId()));
            // A module's assessment replaced: learners who already passed the new one move on (in pages).
            factWrites.add(() -> rewalks.queue(tx, event, e.courseId(), event.recordedAt()));
            return Uni.createFrom().voidItem();
        }
        // LessonAdded or ModuleAdded: content added after learners got there opens for them too,
        // re-walked a page of learners per transaction by RewalkJob, never all in this feed batch.
        CourseEvent added = CourseStreams.COURSE_EVENTS.decode(event);
        if (added == null) {
            return Uni.createFrom().voidItem();
        }
        factWrites.add(() -> rewalks.queue(tx, event, added.courseId(), event.recordedAt()));
        return Uni.createFrom().voidItem();
    }

    /** One page of a course re-walk; ids per learner, so pages are independent of each other. */
    Uni<Void> rewalk(RecordedEvent source, List<Long> users, UUID courseId, Instant at) {
        return reads.course(courseId).chain(course -> each(users, userId -> reads.enrollment(userId, courseId)
                .chain(stream -> reads.progress(userId, courseId).invoke(progress -> {
                    List<EnrollmentEvent> events = EnrollmentDecider.decide(
                            new ApplyProgress(userId, course, progress, at), stream.enrollment);
                    for (int i = 0; i < events.size(); i++) {
                        UUID id = EventIds.forReaction(source.eventId(), REWALK + userId, i);
                        stream.add(events.get(i), CourseStreams.ENROLLMENT_EVENTS.encode(id, events.get(i),
                                EventMetadata.causedBy(source, userId)));
                    }
                    if (!events.isEmpty() && !touched.contains(stream)) {
                        touched.add(stream);
                    }
                }).replaceWithVoid())));
    }

    Uni<Void> appendAll() {
        if (!touched.isEmpty()) {
            Log.debugf("unlocking: appending to %d enrollment stream(s)", touched.size());
        }
        return each(touched, stream -> store.appendInTransaction(tx, stream.streamId,
                ExpectedVersion.exactly(stream.loadedVersion), stream.pending).replaceWithVoid());
    }

    Uni<Void> recordFacts() {
        return each(factWrites, Supplier::get);
    }

    private Uni<Void> reevaluate(RecordedEvent source, List<Long> users, UUID courseId, Instant at, int[] index) {
        return reads.course(courseId).chain(course -> each(users, userId -> reads.enrollment(userId, courseId)
                .chain(stream -> reads.progress(userId, courseId).invoke(progress -> {
                    List<EnrollmentEvent> events = EnrollmentDecider.decide(
                            new ApplyProgress(userId, course, progress, at), stream.enrollment);
                    for (EnrollmentEvent e : events) {
                        UUID id = EventIds.forReaction(source.eventId(), UnlockingFeed.SUBSCRIPTION, index[0]++);
                        stream.add(e, CourseStreams.ENROLLMENT_EVENTS.encode(id, e, EventMetadata.causedBy(source, userId)));
                    }
                    if (!events.isEmpty() && !touched.contains(stream)) {
                        touched.add(stream);
                    }
                }).replaceWithVoid())));
    }

    private static <T> Uni<Void> each(List<T> items, java.util.function.Function<T, Uni<Void>> step) {
        Uni<Void> chain = Uni.createFrom().voidItem();
        for (T item : items) {
            chain = chain.chain(() -> step.apply(item));
        }
        return chain;
    }

    /** A tolerant reader: an event without the ids it needs can unlock nothing, and must not stall the feed. */
    private static Uni<Void> skipped(RecordedEvent event) {
        Log.warnf("%s %s lacks an id this reaction needs; skipped", event.eventType(), event.eventId());
        return Uni.createFrom().voidItem();
    }

    private static Instant at(Instant stated, RecordedEvent event) {
        return stated != null ? stated : event.recordedAt();
    }
}
