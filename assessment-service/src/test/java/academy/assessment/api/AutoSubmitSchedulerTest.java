package academy.assessment.api;

import static org.assertj.core.api.Assertions.assertThat;

import academy.edge.time.AcademyClock;
import academy.edge.time.ControlledClock;
import academy.eventstore.EventStore;
import academy.eventstore.RecordedEvent;
import academy.testing.AcademyTestResource;
import academy.testing.Poll;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusMock;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.core.json.JsonObject;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The leader's job closes overdue attempts nobody reads; this test never reads the attempt. */
@QuarkusTest
@QuarkusTestResource(value = AcademyTestResource.class, restrictToAnnotatedClass = false)
class AutoSubmitSchedulerTest {

    @Inject
    EventStore store;

    @Test
    void theSchedulerSubmitsAnOverdueAttemptWithWhatItHas() {
        Instant startedAt = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        ControlledClock clock = new ControlledClock(startedAt);
        QuarkusMock.installMockForType(clock, AcademyClock.class);
        AssessmentFixtures fixtures = new AssessmentFixtures(store);
        long learner = AssessmentFixtures.newLearner();
        JsonObject definition = AssessmentFixtures.definition(600, 30, 3, 0, "highest");
        UUID assessmentId = fixtures.openedFor(definition, learner);
        UUID attemptId = UUID.fromString(AssessmentFixtures.start(learner, assessmentId).jsonPath().getString("attemptId"));
        AssessmentFixtures.answer(learner, attemptId, AssessmentFixtures.questionId(definition, 2),
                new JsonObject().put("number", 3.14));

        clock.set(startedAt.plusSeconds(631));

        Poll.untilAsserted(AssessmentFixtures.TIMEOUT, () -> assertThat(fixtures.types("attempt-" + attemptId))
                .containsExactly("AnswerRecorded", "AttemptSubmitted", "AttemptScored"));
        List<RecordedEvent> events = fixtures.stream("attempt-" + attemptId);
        assertThat(events.get(1).data().getBoolean("automatic")).isTrue();
        assertThat(events.get(1).data().getString("submittedAt")).isEqualTo(startedAt.plusSeconds(631).toString());
        assertThat(events.get(1).metadata().getString("idempotencyKey")).isNull();
        assertThat(events.get(2).data().getDouble("score")).isEqualTo(1.0);
        Poll.untilAsserted(AssessmentFixtures.TIMEOUT, () -> assertThat(
                fixtures.types("assessee-" + learner + "-" + assessmentId))
                .containsExactly("AttemptStarted", "AssessmentFailed"));
    }
}
