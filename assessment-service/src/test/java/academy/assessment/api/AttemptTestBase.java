package academy.assessment.api;

import static academy.assessment.api.AssessmentFixtures.start;
import static academy.assessment.api.AssessmentFixtures.submit;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import academy.assessment.application.AutoSubmitJob;
import academy.edge.time.AcademyClock;
import academy.edge.time.ControlledClock;
import academy.eventstore.EventStore;
import academy.eventstore.RecordedEvent;
import academy.testing.TestTokens;
import io.quarkus.scheduler.Scheduler;
import io.quarkus.test.junit.QuarkusMock;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/** Attempts through HTTP on a controlled clock; the auto-submit job is paused so reads alone close attempts. */
abstract class AttemptTestBase {

    @Inject
    EventStore store;

    @Inject
    Scheduler scheduler;

    ControlledClock clock;
    Instant startedAt;
    AssessmentFixtures fixtures;
    long learner;

    @BeforeEach
    void setUp() {
        scheduler.pause(AutoSubmitJob.IDENTITY);
        startedAt = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        clock = new ControlledClock(startedAt);
        QuarkusMock.installMockForType(clock, AcademyClock.class);
        fixtures = new AssessmentFixtures(store);
        learner = AssessmentFixtures.newLearner();
    }

    @AfterEach
    void resumeJob() {
        scheduler.resume(AutoSubmitJob.IDENTITY);
    }

    static void assertNoSecrets(Response response) {
        for (String secret : AssessmentFixtures.SECRET_FIELDS) {
            assertThat(response.asString()).as("leaks " + secret).doesNotContain(secret);
        }
    }

    /** Defined, attached to a module and that module unlocked for {@link #learner}. */
    UUID opened(io.vertx.core.json.JsonObject definition) {
        return fixtures.openedFor(definition, learner);
    }

    UUID started(UUID assessmentId) {
        Response response = start(learner, assessmentId);
        assertThat(response.statusCode()).as(response.asString()).isEqualTo(201);
        return UUID.fromString(response.jsonPath().getString("attemptId"));
    }

    static Response viewAssessment(long userId, UUID assessmentId) {
        return given().auth().oauth2(TestTokens.learner(userId)).get("/assessments/{id}", assessmentId);
    }

    List<RecordedEvent> attemptStream(UUID attemptId) {
        return fixtures.stream("attempt-" + attemptId);
    }

    List<RecordedEvent> assesseeStream(UUID assessmentId) {
        return fixtures.stream("assessee-" + learner + "-" + assessmentId);
    }

}
