package academy.projector.it;

import static org.assertj.core.api.Assertions.assertThat;

import academy.eventstore.EventStore;
import academy.eventstore.SubscriptionPositions;
import academy.testing.AcademyTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import academy.projector.projection.application.ProjectionCatalogue;

@QuarkusTest
@QuarkusTestResource(value = AcademyTestResource.class, restrictToAnnotatedClass = false)
class CourseStatsReadModelTest {

    @Inject
    EventStore store;
    @Inject
    SubscriptionPositions positions;
    @Inject
    ProjectionCatalogue catalogue;
    @Inject
    Pool pool;

    @Test
    void enrolmentsCompletionsAndTheAverageScoreAreCountedOncePerEvent() {
        Feed feed = new Feed(store, positions, catalogue);
        Learner ann = new Learner(feed);
        Learner bob = new Learner(feed);
        UUID course = ann.courseId;
        Instant now = Instant.now();
        feed.append("enrollment-" + ann.userId + "-" + course,
                Feed.event("Enrolled", "userId", ann.userId, "courseId", course),
                Feed.event("CourseCompleted", "userId", ann.userId, "courseId", course));
        feed.append("enrollment-" + bob.userId + "-" + course,
                Feed.event("Enrolled", "userId", bob.userId, "courseId", course));
        feed.append(ann.lessonStream(ann.lessons.get(0)), ann.completed(0, 0.8, 60, 10, true, now));
        feed.append("lesson-" + bob.userId + "-" + ann.lessons.get(0), Feed.event("LessonCompleted",
                "userId", bob.userId, "courseId", course, "lessonId", ann.lessons.get(0), "score", 0.7));
        feed.append(ann.userStream(), Feed.event("StreakExtended", "userId", ann.userId));
        long last = feed.append(ann.courseStream(), Feed.event("LessonAdded", "courseId", course));
        feed.awaitProjection("course-stats", last);

        Redelivery.redeliver(pool, catalogue.live("course-stats").orElseThrow(), Redelivery.stored(store,
                "enrollment-" + ann.userId + "-" + course, ann.lessonStream(ann.lessons.get(0))));

        assertThat(Rows.one(pool, "SELECT enrolments, completions, lesson_completions, average_score"
                + " FROM course_statistics WHERE course_id = $1", course))
                .containsEntry("enrolments", "2").containsEntry("completions", "1")
                .containsEntry("lesson_completions", "2").containsEntry("average_score", "0.7500");
    }
}
