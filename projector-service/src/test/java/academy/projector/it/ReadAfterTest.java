package academy.projector.it;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import academy.eventstore.EventFeed;
import academy.eventstore.EventStore;
import academy.eventstore.SubscriptionPositions;
import academy.testing.AcademyTestResource;
import academy.testing.Poll;
import academy.testing.TestTokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import academy.projector.projection.application.ProjectionCatalogue;
import academy.projector.projection.infrastructure.ProjectionProgress;

/** {@code ?after}: the wait is in memory, ends when the projection commits, and says whether it caught up. */
@QuarkusTest
@QuarkusTestResource(value = AcademyTestResource.class, restrictToAnnotatedClass = false)
class ReadAfterTest {

    private static final String PROGRESS = ProjectionCatalogue.subscription("progress");

    @Inject
    EventStore store;
    @Inject
    SubscriptionPositions positions;
    @Inject
    ProjectionCatalogue catalogue;
    @Inject
    EventFeed eventFeed;
    @Inject
    ProjectionProgress progress;

    @Test
    void aReadAfterAPositionWaitsInMemoryAndAnswersAsSoonAsTheProjectionCommits() {
        Feed feed = new Feed(store, positions, catalogue);
        Learner learner = new Learner(feed);
        learner.authorCourse();
        feed.awaitProjections(learner.enrol(Instant.now()));
        String token = TestTokens.learner(learner.userId);

        eventFeed.unsubscribe(PROGRESS).await().atMost(Duration.ofSeconds(10));
        try {
            long completed = learner.complete(0, 0.9, 60, 30, true, Instant.now());
            CompletableFuture<Response> read = CompletableFuture.supplyAsync(() -> given().auth().oauth2(token)
                    .when().get("/progress/summary?after=" + completed));
            Poll.until(Duration.ofSeconds(5), () -> progress.waiting() == 1);

            resubscribe();
            Response answer = read.join();

            answer.then().statusCode(200).header("X-Caught-Up", "true");
            assertThat(answer.jsonPath().getInt("completedLessons")).isEqualTo(1);
            assertThat(progress.waiting()).isZero();
        } finally {
            resubscribe();
        }
    }

    @Test
    void aReadWhoseProjectionDoesNotCommitWithinASecondSaysItDidNotCatchUp() {
        Feed feed = new Feed(store, positions, catalogue);
        Learner learner = new Learner(feed);
        learner.authorCourse();
        feed.awaitProjections(learner.enrol(Instant.now()));
        String token = TestTokens.learner(learner.userId);

        eventFeed.unsubscribe(PROGRESS).await().atMost(Duration.ofSeconds(10));
        try {
            long completed = learner.complete(0, 0.9, 60, 30, true, Instant.now());
            long started = System.nanoTime();

            given().auth().oauth2(token).when().get("/progress/summary?after=" + completed)
                    .then().statusCode(200).header("X-Caught-Up", "false");

            assertThat(Duration.ofNanos(System.nanoTime() - started)).isBetween(Duration.ofMillis(950), Duration.ofSeconds(5));
        } finally {
            resubscribe();
        }
        assertThat(progress.waiting()).isZero();
    }

    @Test
    void aPositionTheRouteProjectionsDoNotHandleIsPassedWithoutWaiting() {
        Feed feed = new Feed(store, positions, catalogue);
        Learner learner = new Learner(feed);
        learner.authorCourse();
        feed.awaitProjections(learner.enrol(Instant.now()));
        String token = TestTokens.learner(learner.userId);
        // A sitting without a completion: the leaderboard never handles it, so it has nothing to wait for.
        long sitting = feed.append(learner.lessonStream(learner.lessons.get(0)),
                learner.sitting(0, 0.4, 0.4, 30, Instant.now()));
        feed.awaitProjection("progress", sitting);
        long started = System.nanoTime();

        given().auth().oauth2(token).when().get("/leaderboard?period=all&after=" + sitting)
                .then().statusCode(200).header("X-Caught-Up", "true");

        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofMillis(900));
    }

    @Test
    void aReadWithoutAfterCarriesNoCaughtUpHeader() {
        given().auth().oauth2(TestTokens.learner(4_294_967_311L)).when().get("/progress/summary")
                .then().statusCode(200).header("X-Caught-Up", (String) null);
    }

    private void resubscribe() {
        if (eventFeed.subscription(PROGRESS) == null) {
            eventFeed.subscribe(PROGRESS, catalogue.live("progress").orElseThrow());
        }
    }
}
