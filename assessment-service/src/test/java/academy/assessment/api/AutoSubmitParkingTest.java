package academy.assessment.api;

import static org.assertj.core.api.Assertions.assertThat;

import academy.edge.time.AcademyClock;
import academy.edge.time.ControlledClock;
import academy.eventstore.EventIds;
import academy.eventstore.EventStore;
import academy.eventstore.ExpectedVersion;
import academy.eventstore.NewEvent;
import academy.testing.AcademyTestResource;
import academy.testing.EventFixtures;
import academy.testing.Metrics;
import academy.testing.Poll;
import academy.testing.TestPostgres;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusMock;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.core.json.JsonObject;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** One learner's unreadable attempt never holds back the auto-submit of anyone else's: it is parked. */
@QuarkusTest
@QuarkusTestResource(value = AcademyTestResource.class, restrictToAnnotatedClass = false)
class AutoSubmitParkingTest {

    @Inject
    EventStore store;

    @Test
    void anAttemptThatCannotBeReadIsParkedAndTheOthersAreStillSubmitted() {
        Instant startedAt = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        ControlledClock clock = new ControlledClock(startedAt);
        QuarkusMock.installMockForType(clock, AcademyClock.class);
        AssessmentFixtures fixtures = new AssessmentFixtures(store);
        JsonObject definition = AssessmentFixtures.definition(600, 30, 3, 0, "highest");
        long poisoner = AssessmentFixtures.newLearner();
        long other = AssessmentFixtures.newLearner();
        UUID assessmentId = fixtures.openedFor(definition, poisoner, other);
        UUID poisoned = UUID.fromString(AssessmentFixtures.start(poisoner, assessmentId).jsonPath().getString("attemptId"));
        clock.set(startedAt.plusSeconds(1));
        UUID healthy = UUID.fromString(AssessmentFixtures.start(other, assessmentId).jsonPath().getString("attemptId"));
        // What an unbounded number used to leave behind: jsonb writes it back with 16,385 digits, more than any reader takes.
        JsonObject unreadable = EventFixtures.data("AnswerRecorded").put("attemptId", poisoned.toString())
                .put("assessmentId", assessmentId.toString()).put("userId", poisoner)
                .put("questionId", AssessmentFixtures.questionId(definition, 2).toString())
                .put("answer", new JsonObject().put("number", new BigDecimal("1e-16383")));
        store.append("attempt-" + poisoned, ExpectedVersion.any(), List.of(new NewEvent(EventIds.random(), "AnswerRecorded",
                unreadable, EventFixtures.metadata("AnswerRecorded")))).await().atMost(Duration.ofSeconds(10));
        double parkedBefore = Metrics.value("academy_assessment_auto_submit_parked_total");

        clock.set(startedAt.plusSeconds(700));

        Duration rounds = Duration.ofSeconds(60);
        Poll.untilAsserted(rounds, () -> assertThat(fixtures.types("attempt-" + healthy))
                .containsExactly("AttemptSubmitted", "AttemptScored"));
        Poll.until(rounds, () -> parkedAt(poisoned) != null);
        assertThat(Metrics.value("academy_assessment_auto_submit_parked_total")).isEqualTo(parkedBefore + 1);
    }

    private static Object parkedAt(UUID attemptId) {
        var rows = TestPostgres.pool().preparedQuery("SELECT parked_at FROM assessment_attempts WHERE attempt_id = $1")
                .execute(Tuple.of(attemptId)).await().atMost(Duration.ofSeconds(10));
        return rows.iterator().next().getValue("parked_at");
    }
}
