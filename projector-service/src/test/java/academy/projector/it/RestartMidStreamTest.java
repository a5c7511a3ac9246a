package academy.projector.it;

import static org.assertj.core.api.Assertions.assertThat;

import academy.eventstore.EventFeed;
import academy.eventstore.EventStore;
import academy.eventstore.SubscriptionPositions;
import academy.testing.AcademyTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import academy.projector.projection.application.ProjectionCatalogue;

@QuarkusTest
@QuarkusTestResource(value = AcademyTestResource.class, restrictToAnnotatedClass = false)
class RestartMidStreamTest {

    private static final List<String> STOPPED = List.of("progress", "leaderboard", "course-stats");

    @Inject
    EventStore store;
    @Inject
    EventFeed eventFeed;
    @Inject
    SubscriptionPositions positions;
    @Inject
    ProjectionCatalogue catalogue;
    @Inject
    Pool pool;

    @Test
    void projectionsStoppedMidStreamResumeFromTheirCheckpointsWithoutLosingOrDoubleCounting() {
        Feed feed = new Feed(store, positions, catalogue);
        Learner learner = new Learner(feed);
        long last = 0;
        try {
            for (int i = 0; i < 10; i++) {
                if (i == 4) {
                    STOPPED.forEach(name -> eventFeed.unsubscribe(ProjectionCatalogue.subscription(name))
                            .await().atMost(Duration.ofSeconds(10)));
                }
                last = learner.complete(i % 3, 0.8, 60, 10, i < 3, Instant.now());
            }
        } finally {
            STOPPED.forEach(name -> eventFeed.subscribe(ProjectionCatalogue.subscription(name),
                    catalogue.live(name).orElseThrow()));
        }
        feed.awaitProjections(last);

        assertThat(Rows.one(pool, "SELECT total_xp FROM xp_totals WHERE user_id = $1", learner.userId))
                .containsEntry("total_xp", "100");
        assertThat(Rows.one(pool, "SELECT total_lessons, completed_lessons, total_time_spent FROM user_progress_summary"
                + " WHERE user_id = $1", learner.userId)).containsEntry("total_lessons", "3")
                .containsEntry("completed_lessons", "3").containsEntry("total_time_spent", "600");
        assertThat(Rows.one(pool, "SELECT lesson_completions FROM course_statistics WHERE course_id = $1",
                learner.courseId)).containsEntry("lesson_completions", "10");
    }
}
