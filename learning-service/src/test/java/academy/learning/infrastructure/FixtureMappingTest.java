package academy.learning.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import academy.eventstore.EventIds;
import academy.eventstore.EventMetadata;
import academy.eventstore.NewEvent;
import academy.eventstore.RecordedEvent;
import academy.learning.domain.Lesson;
import academy.learning.domain.LessonCompleted;
import academy.learning.domain.LessonEvent;
import academy.learning.domain.LessonProgressRecorded;
import academy.learning.domain.LessonStarted;
import academy.testing.EventFixtures;
import io.vertx.core.json.JsonObject;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The shared fixtures (docs/events.md) read into this service's records, and its records written back as them. */
class FixtureMappingTest {

    static final UUID LESSON = UUID.fromString("9d8c7b6a-5f4e-4d3c-8b2a-1f0e9d8c7b6a");
    static final UUID COURSE = UUID.fromString("6f1e2d3c-4b5a-4978-8a9b-0c1d2e3f4a5b");
    static final UUID MODULE = UUID.fromString("1a2b3c4d-5e6f-4a1b-8c2d-3e4f5a6b7c8d");

    private static RecordedEvent recorded(String type) {
        JsonObject fixture = EventFixtures.fixture(type);
        return new RecordedEvent(1, 1, fixture.getString("streamId"), 1, UUID.randomUUID(), type,
                fixture.getJsonObject("data"), fixture.getJsonObject("metadata"), Instant.now());
    }

    @Test
    void lessonAddedAndLessonUpdatedGiveTheLookupFields() {
        LessonDefinition added = recorded("LessonAdded").dataAs(LessonDefinition.class);
        LessonDefinition updated = recorded("LessonUpdated").dataAs(LessonDefinition.class);

        assertThat(added.complete()).isTrue();
        assertThat(added.toLesson()).isEqualTo(new Lesson(LESSON, COURSE, MODULE, new BigDecimal("0.7"), 50));
        assertThat(updated.toLesson()).isEqualTo(new Lesson(LESSON, COURSE, MODULE, new BigDecimal("0.8"), 60));
    }

    @Test
    void lessonUnlockedOpensItsLesson() {
        assertThat(EnrollmentAccess.fold(List.of(recorded("Enrolled"), recorded("LessonUnlocked"))).isUnlocked(LESSON))
                .isTrue();
        assertThat(EnrollmentAccess.fold(List.of(recorded("Enrolled"))).isUnlocked(LESSON)).isFalse();
    }

    @Test
    void theLessonStreamFixturesReadIntoTheDomainEvents() {
        assertThat(LessonStreams.EVENTS.decode(recorded("LessonStarted"))).isEqualTo(
                new LessonStarted(279058397L, LESSON, COURSE, Instant.parse("2026-11-27T09:12:00Z")));
        assertThat(LessonStreams.EVENTS.decode(recorded("LessonProgressRecorded"))).isEqualTo(
                new LessonProgressRecorded(279058397L, LESSON, COURSE, new BigDecimal("0.85"), new BigDecimal("0.85"),
                        180, Instant.parse("2026-11-27T09:15:00Z")));
        assertThat(LessonStreams.EVENTS.decode(recorded("LessonCompleted"))).isEqualTo(
                new LessonCompleted(279058397L, LESSON, COURSE, new BigDecimal("0.85"), new BigDecimal("0.7"), 180, 50,
                        true, Instant.parse("2026-11-27T09:15:00Z")));
    }

    @Test
    void theDomainEventsAreWrittenExactlyAsTheFixtures() {
        List<LessonEvent> events = List.of(
                new LessonStarted(279058397L, LESSON, COURSE, Instant.parse("2026-11-27T09:12:00Z")),
                new LessonProgressRecorded(279058397L, LESSON, COURSE, new BigDecimal("0.85"), new BigDecimal("0.85"),
                        180, Instant.parse("2026-11-27T09:15:00Z")),
                new LessonCompleted(279058397L, LESSON, COURSE, new BigDecimal("0.85"), new BigDecimal("0.7"), 180, 50,
                        true, Instant.parse("2026-11-27T09:15:00Z")));

        List<NewEvent> written = LessonStreams.EVENTS.encode(events, i -> EventIds.random(),
                EventMetadata.forCommand("c", 279058397L, null, null));

        for (NewEvent event : written) {
            assertThat(event.data()).as(event.eventType()).isEqualTo(EventFixtures.data(event.eventType()));
        }
    }

    @Test
    void theCodecKnowsExactlyTheStoredLessonEventTypes() {
        assertThat(LessonStreams.EVENTS.typeNames())
                .containsExactlyInAnyOrder("LessonStarted", "LessonProgressRecorded", "LessonCompleted");
    }

    @Test
    void unknownEventTypesOnALessonStreamAreSkipped() {
        assertThat(LessonStreams.EVENTS.decode(recorded("LessonAdded"))).isNull();
    }
}
