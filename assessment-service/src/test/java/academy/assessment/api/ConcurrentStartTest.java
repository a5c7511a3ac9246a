package academy.assessment.api;

import static org.assertj.core.api.Assertions.assertThat;

import academy.eventstore.EventStore;
import academy.eventstore.RecordedEvent;
import academy.testing.AcademyTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.RepeatedTest;

/** Commands at once: the expected version lets exactly one start through, and scores an attempt once. */
@QuarkusTest
@QuarkusTestResource(value = AcademyTestResource.class, restrictToAnnotatedClass = false)
class ConcurrentStartTest {

    static final int STARTS = 4;

    @Inject
    EventStore store;

    ExecutorService pool;

    @BeforeEach
    void createPool() {
        pool = Executors.newFixedThreadPool(STARTS);
    }

    @AfterEach
    void stopPool() throws InterruptedException {
        pool.shutdownNow();
        pool.awaitTermination(10, TimeUnit.SECONDS);
    }

    private List<Response> atOnce(Callable<Response> request) throws Exception {
        CountDownLatch go = new CountDownLatch(1);
        List<Future<Response>> futures = new ArrayList<>();
        for (int i = 0; i < STARTS; i++) {
            futures.add(pool.submit(() -> {
                go.await();
                return request.call();
            }));
        }
        go.countDown();
        List<Response> responses = new ArrayList<>();
        for (Future<Response> future : futures) {
            responses.add(future.get(60, TimeUnit.SECONDS));
        }
        return responses;
    }

    @RepeatedTest(3)
    void concurrentStartsForTheLastAllowedAttemptGiveOneAttempt() throws Exception {
        // two attempts allowed, one used and submitted: every start races for the last one
        long learner = AssessmentFixtures.newLearner();
        AssessmentFixtures fixtures = new AssessmentFixtures(store);
        UUID assessmentId = fixtures.openedFor(AssessmentFixtures.definition(600, 0, 2, 0, "highest"), learner);
        UUID first = UUID.fromString(AssessmentFixtures.start(learner, assessmentId).jsonPath().getString("attemptId"));
        AssessmentFixtures.submit(learner, first).then().statusCode(200);

        List<Response> starts = atOnce(() -> AssessmentFixtures.start(learner, assessmentId));

        assertThat(starts).extracting(Response::statusCode).containsOnlyOnce(201)
                .filteredOn(status -> status != 201).containsOnly(409);
        List<RecordedEvent> stream = fixtures.stream("assessee-" + learner + "-" + assessmentId);
        assertThat(stream).extracting(RecordedEvent::eventType)
                .containsExactly("AttemptStarted", "AssessmentFailed", "AttemptStarted");
        assertThat(stream.get(2).data().getInteger("attemptNumber")).isEqualTo(2);
        AssessmentFixtures.submit(learner, UUID.fromString(stream.get(2).data().getString("attemptId")))
                .then().statusCode(200);
        assertThat(AssessmentFixtures.start(learner, assessmentId).jsonPath().getString("detail"))
                .contains("all 2 attempts are used");
    }

    @RepeatedTest(2)
    void concurrentSubmitsScoreOnceAndAllGetTheFirstResult() throws Exception {
        long learner = AssessmentFixtures.newLearner();
        UUID assessmentId = new AssessmentFixtures(store).openedFor(AssessmentFixtures.definition(600, 0, 1, 0, "highest"),
                learner);
        UUID attemptId = UUID.fromString(AssessmentFixtures.start(learner, assessmentId).jsonPath().getString("attemptId"));

        List<Response> results = atOnce(() -> AssessmentFixtures.submit(learner, attemptId));

        assertThat(results).extracting(Response::statusCode).containsOnly(200);
        assertThat(results).extracting(result -> result.jsonPath().getString("submittedAt")).containsOnly(
                results.get(0).jsonPath().getString("submittedAt"));
        AssessmentFixtures fixtures = new AssessmentFixtures(store);
        assertThat(fixtures.types("attempt-" + attemptId)).containsExactly("AttemptSubmitted", "AttemptScored");
        assertThat(fixtures.types("assessee-" + learner + "-" + assessmentId))
                .containsExactly("AttemptStarted", "AssessmentFailed");
    }
}
