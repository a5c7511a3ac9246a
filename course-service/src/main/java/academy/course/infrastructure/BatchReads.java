package academy.course.infrastructure;

import academy.course.domain.Course;
import academy.course.domain.Enrollment;
import academy.course.domain.EnrollmentEvent;
import academy.course.domain.LearnerProgress;
import academy.eventstore.EventStore;
import academy.eventstore.NewEvent;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * What one unlocking batch has read, plus what the batch itself has learnt but not yet written
 * (completions, passes, new enrolments, pending enrollment events), so later events of the same
 * batch decide on the whole truth.
 */
final class BatchReads {

    private final SqlConnection tx;
    private final EventStore store;
    private final LearnerProgressTable progressTable;
    private final EnrollmentTable enrollmentTable;
    private final Map<UUID, Course> courses = new HashMap<>();
    private final Map<String, EnrollmentStream> enrollments = new HashMap<>();
    private final Map<String, LearnerProgress> storedProgress = new HashMap<>();
    private final Map<Long, LearnerProgress> batchFacts = new HashMap<>();
    private final Map<UUID, Set<Long>> batchEnrolments = new HashMap<>();

    BatchReads(SqlConnection tx, EventStore store, LearnerProgressTable progressTable, EnrollmentTable enrollmentTable) {
        this.tx = tx;
        this.store = store;
        this.progressTable = progressTable;
        this.enrollmentTable = enrollmentTable;
    }

    void learnt(long userId, java.util.function.UnaryOperator<LearnerProgress> fact) {
        batchFacts.put(userId, fact.apply(batchFacts.getOrDefault(userId, LearnerProgress.NONE)));
    }

    void enrolled(UUID courseId, long userId) {
        batchEnrolments.computeIfAbsent(courseId, id -> new HashSet<>()).add(userId);
    }

    Uni<List<Long>> learners(UUID courseId) {
        return enrollmentTable.learners(tx, courseId).map(stored -> {
            Set<Long> all = new java.util.TreeSet<>(stored);
            all.addAll(batchEnrolments.getOrDefault(courseId, Set.of()));
            return new ArrayList<>(all);
        });
    }

    Uni<Course> course(UUID courseId) {
        Course cached = courses.get(courseId);
        if (cached != null) {
            return Uni.createFrom().item(cached);
        }
        return store.readStream(tx, CourseStreams.course(courseId)).map(history -> {
            Course course = CourseStreams.COURSE.fold(history);
            courses.put(courseId, course);
            return course;
        });
    }

    Uni<EnrollmentStream> enrollment(long userId, UUID courseId) {
        String streamId = CourseStreams.enrollment(userId, courseId);
        EnrollmentStream cached = enrollments.get(streamId);
        if (cached != null) {
            return Uni.createFrom().item(cached);
        }
        return store.readStream(tx, streamId).map(history -> {
            int version = history.isEmpty() ? 0 : history.get(history.size() - 1).streamVersion();
            EnrollmentStream stream = new EnrollmentStream(streamId, CourseStreams.ENROLLMENT.fold(history), version);
            enrollments.put(streamId, stream);
            return stream;
        });
    }

    Uni<LearnerProgress> progress(long userId, UUID courseId) {
        String key = userId + "/" + courseId;
        Uni<LearnerProgress> stored = storedProgress.containsKey(key) ? Uni.createFrom().item(storedProgress.get(key))
                : progressTable.load(tx, userId, courseId).invoke(loaded -> storedProgress.put(key, loaded));
        return stored.map(loaded -> union(loaded, batchFacts.getOrDefault(userId, LearnerProgress.NONE)));
    }

    private static LearnerProgress union(LearnerProgress a, LearnerProgress b) {
        Set<UUID> lessons = new HashSet<>(a.completedLessons());
        lessons.addAll(b.completedLessons());
        Set<UUID> passes = new HashSet<>(a.passedAssessments());
        passes.addAll(b.passedAssessments());
        return new LearnerProgress(lessons, passes);
    }

    /** An enrollment stream as loaded, with the events decided for it in this batch. */
    static final class EnrollmentStream {
        final String streamId;
        final int loadedVersion;
        final List<NewEvent> pending = new ArrayList<>();
        Enrollment enrollment;

        EnrollmentStream(String streamId, Enrollment enrollment, int loadedVersion) {
            this.streamId = streamId;
            this.enrollment = enrollment;
            this.loadedVersion = loadedVersion;
        }

        void add(EnrollmentEvent event, NewEvent stored) {
            enrollment = enrollment.evolve(event);
            pending.add(stored);
        }
    }
}
