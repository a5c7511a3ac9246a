package academy.learning.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import academy.testing.AcademyTestResource;
import academy.testing.Metrics;
import academy.testing.TestTokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** {@code academy_lessons_completed_total} on /q/metrics: one per LessonCompleted appended, none for a replay. */
@QuarkusTest
@QuarkusTestResource(value = AcademyTestResource.class, restrictToAnnotatedClass = false)
class LessonMetricsTest extends OpenLessonTest {

    private static double completedTotal() {
        return Metrics.value("academy_lessons_completed_total");
    }

    private Response post(String key, double score) {
        var request = given().auth().oauth2(TestTokens.learner(learner)).contentType(ContentType.JSON);
        if (key != null) {
            request = request.header("Idempotency-Key", key);
        }
        return request.body("{\"score\": " + score + ", \"timeSpent\": 60}").post("/lessons/progress/{id}", lesson.lessonId());
    }

    @Test
    void eachCompletionAppendedCountsOnceAndNothingElseCounts() {
        double before = completedTotal();

        post("metrics-1", 0.9).then().statusCode(200);
        assertThat(completedTotal()).as("after a completing sitting").isEqualTo(before + 1);

        post("metrics-1", 0.9).then().statusCode(200).header("Idempotent-Replayed", "true");
        assertThat(completedTotal()).as("after a replay of it").isEqualTo(before + 1);

        post(null, 0.5).then().statusCode(200);
        assertThat(completedTotal()).as("after a sitting below the pass score").isEqualTo(before + 1);

        post(null, 0.7).then().statusCode(200);
        assertThat(completedTotal()).as("after a repeat completion").isEqualTo(before + 2);

        long stranger = LearningFixtures.newLearner();
        given().auth().oauth2(TestTokens.learner(stranger)).contentType(ContentType.JSON)
                .body("{\"score\": 1, \"timeSpent\": 60}").post("/lessons/progress/{id}", lesson.lessonId())
                .then().statusCode(403);
        assertThat(completedTotal()).as("after a refused sitting").isEqualTo(before + 2);
    }

    @Test
    void parallelTriesOfOneKeyCountOneCompletion() throws Exception {
        double before = completedTotal();
        int tries = 8;
        ExecutorService pool = Executors.newFixedThreadPool(tries);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Integer>> answers = new ArrayList<>();
            for (int i = 0; i < tries; i++) {
                answers.add(pool.submit(() -> {
                    start.await();
                    return post("metrics-parallel", 1.0).statusCode();
                }));
            }
            start.countDown();
            for (Future<Integer> answer : answers) {
                assertThat(answer.get(30, TimeUnit.SECONDS)).isEqualTo(200);
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(fixtures.lessonStream(learner, lesson)).hasSize(2);
        assertThat(completedTotal()).isEqualTo(before + 1);
    }
}
