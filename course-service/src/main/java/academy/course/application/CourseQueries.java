package academy.course.application;

import academy.course.domain.Access;
import academy.course.domain.Course;
import academy.course.domain.Enrollment;
import academy.course.domain.Lesson;
import academy.course.domain.LearnerProgress;
import academy.course.infrastructure.CatalogueTable;
import academy.course.infrastructure.CatalogueTable.CatalogueEntry;
import academy.course.infrastructure.CourseStreams;
import academy.course.infrastructure.CourseStreams;
import academy.course.infrastructure.LearnerProgressTable;
import academy.eventstore.EventStore;
import academy.refusal.RefusedException;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

/**
 * Reads of courses fold the course stream and the caller's enrollment stream directly (both small);
 * completions come from the table the unlocking reaction keeps.
 */
@ApplicationScoped
public class CourseQueries {

    private final EventStore store;
    private final Pool pool;
    private final CatalogueTable catalogue;
    private final LearnerProgressTable progress;

    public CourseQueries(EventStore store, Pool pool, CatalogueTable catalogue, LearnerProgressTable progress) {
        this.store = store;
        this.pool = pool;
        this.catalogue = catalogue;
        this.progress = progress;
    }

    public Uni<List<CatalogueEntry>> catalogue() {
        return catalogue.published();
    }

    /** {@code userId} null for an anonymous caller. */
    public Uni<CourseView> course(UUID courseId, Long userId, boolean admin) {
        return load(courseId).chain(course -> {
            if (userId == null) {
                requireVisible(course, admin, Enrollment.NONE);
                return Uni.createFrom().item(new CourseView(course, false, Enrollment.NONE, LearnerProgress.NONE));
            }
            return personal(userId, courseId).map(p -> {
                requireVisible(course, admin, p.enrollment());
                return new CourseView(course, true, p.enrollment(), p.progress());
            });
        });
    }

    public Uni<LessonView> lesson(UUID courseId, UUID lessonId, long userId, boolean admin) {
        return load(courseId).chain(course -> personal(userId, courseId).map(p -> {
            requireVisible(course, admin, p.enrollment());
            Lesson lesson = course.lesson(lessonId).orElseThrow(() -> RefusedException.notFound("lesson not found"));
            Access access = Access.ofLesson(lesson, p.enrollment(), p.progress());
            if (access == Access.LOCKED && !admin) {
                throw RefusedException.forbidden("this lesson is locked for you; complete the lessons before it first");
            }
            return new LessonView(course, lesson, access);
        }));
    }

    private Uni<Course> load(UUID courseId) {
        return store.readStream(CourseStreams.course(courseId)).map(CourseStreams.COURSE::fold);
    }

    /** Drafts and unpublished courses stay readable for admins and for learners already enrolled. */
    private static void requireVisible(Course course, boolean admin, Enrollment enrollment) {
        if (!course.exists() || (!course.published() && !admin && !enrollment.enrolled())) {
            throw RefusedException.notFound("course not found");
        }
    }

    private Uni<Personal> personal(long userId, UUID courseId) {
        return store.readStream(CourseStreams.enrollment(userId, courseId)).map(CourseStreams.ENROLLMENT::fold)
                .chain(enrollment -> progress.load(pool, userId, courseId).map(p -> new Personal(enrollment, p)));
    }

    private record Personal(Enrollment enrollment, LearnerProgress progress) {
    }
}
