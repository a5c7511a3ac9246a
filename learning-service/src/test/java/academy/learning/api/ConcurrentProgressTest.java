package academy.learning.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import academy.edge.time.AcademyClock;
import academy.edge.time.ControlledClock;
import academy.eventstore.EventStore;
import academy.eventstore.RecordedEvent;
import academy.learning.api.LearningFixtures.TestLesson;
import academy.testing.AcademyTestResource;
import academy.testing.TestTokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusMock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Parallel sittings of one learner on one lesson: retried inside the service, one consistent stream. */
@QuarkusTest
@QuarkusTestResource(value = AcademyTestResource.class, restrictToAnnotatedClass = false)
class ConcurrentProgressTest {

    static final int POSTS = 10;

    @Inject
    EventStore store;

    LearningFixtures fixtures;
    TestLesson lesson;
    long learner;
    ExecutorService pool;

    @BeforeEach
    void openLesson() {
        // One fixed UTC day, so the XP of the repeats does not depend on when the test runs.
        QuarkusMock.installMockForType(new ControlledClock(Instant.parse("2026-11-27T12:00:00Z")), AcademyClock.class);
        fixtures = new LearningFixtures(store);
        lesson = fixtures.knownLesson(0.7, 50);
        learner = LearningFixtures.newLearner();
        fixtures.unlock(learner, lesson);
        pool = Executors.newFixedThreadPool(POSTS);
    }

    @AfterEach
    void stopPool() throws InterruptedException {
        pool.shutdownNow();
        pool.awaitTermination(10, TimeUnit.SECONDS);
    }

    private List<Response> inParallel(IntFunction<Response> request) throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Response>> futures = new ArrayList<>();
        for (int i = 0; i < POSTS; i++) {
            int index = i;
            futures.add(pool.submit(() -> {
                start.await();
                return request.apply(index);
            }));
        }
        start.countDown();
        List<Response> responses = new ArrayList<>();
        for (Future<Response> future : futures) {
            responses.add(future.get(60, TimeUnit.SECONDS));
        }
        return responses;
    }

    @Test
    void tenParallelSittingsEndInOneConsistentStream() throws Exception {
        String token = TestTokens.learner(learner);

        List<Response> responses = inParallel(i -> given().auth().oauth2(token).contentType(ContentType.JSON)
                .body("{\"score\": 0.9, \"timeSpent\": " + (i + 1) + "}")
                .post("/lessons/progress/{id}", lesson.lessonId()));

        assertThat(responses).extracting(Response::statusCode).containsOnly(200);
        List<RecordedEvent> stream = fixtures.lessonStream(learner, lesson);
        assertThat(stream).hasSize(2 * POSTS);
        for (int i = 0; i < stream.size(); i++) {
            assertThat(stream.get(i).streamVersion()).isEqualTo(i + 1);
            assertThat(stream.get(i).eventType())
                    .isEqualTo(i % 2 == 0 ? "LessonProgressRecorded" : "LessonCompleted");
        }
        List<RecordedEvent> completions = stream.stream().filter(e -> e.eventType().equals("LessonCompleted")).toList();
        assertThat(completions).filteredOn(e -> e.data().getBoolean("firstCompletion")).hasSize(1);
        assertThat(completions.get(0).data().getBoolean("firstCompletion")).isTrue();
        assertThat(completions).extracting(e -> e.data().getInteger("xpEarned"))
                .containsExactly(50, 25, 0, 0, 0, 0, 0, 0, 0, 0);
        assertThat(stream).filteredOn(e -> e.eventType().equals("LessonProgressRecorded"))
                .extracting(e -> e.data().getInteger("timeSpentSeconds"))
                .containsExactlyInAnyOrder(1, 2, 3, 4, 5, 6, 7, 8, 9, 10);
        assertThat(responses).extracting(r -> r.jsonPath().getLong("position"))
                .doesNotHaveDuplicates()
                .contains(stream.get(stream.size() - 1).globalPosition());
    }

    @Test
    void parallelRetriesWithOneIdempotencyKeyRecordOneSitting() throws Exception {
        String token = TestTokens.learner(learner);

        List<Response> responses = inParallel(i -> given().auth().oauth2(token).header("Idempotency-Key", "sitting-1")
                .contentType(ContentType.JSON).body("{\"score\": 0.9, \"timeSpent\": 60}")
                .post("/lessons/progress/{id}", lesson.lessonId()));

        assertThat(responses).extracting(Response::statusCode).containsOnly(200);
        List<RecordedEvent> stream = fixtures.lessonStream(learner, lesson);
        assertThat(stream).extracting(RecordedEvent::eventType)
                .containsExactly("LessonProgressRecorded", "LessonCompleted");
        assertThat(responses).extracting(r -> r.jsonPath().getLong("position"))
                .containsOnly(stream.get(1).globalPosition());
        assertThat(responses).extracting(r -> r.jsonPath().getInt("sittings")).containsOnly(1);
    }
}
