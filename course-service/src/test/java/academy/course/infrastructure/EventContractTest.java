package academy.course.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import academy.course.domain.CourseEvent;
import academy.course.domain.EnrollmentEvent;
import academy.eventstore.EventJson;
import academy.testing.EventFixtures;
import io.vertx.core.json.JsonObject;
import java.math.BigDecimal;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** What this service writes has exactly the fields of the shared fixtures (docs/events.md). */
class EventContractTest {

    static Stream<Class<?>> producedEvents() {
        return Stream.concat(Stream.of(CourseEvent.class.getPermittedSubclasses()),
                Stream.of(EnrollmentEvent.class.getPermittedSubclasses()));
    }

    @ParameterizedTest
    @MethodSource("producedEvents")
    void a_produced_event_round_trips_to_its_fixture(Class<?> type) {
        // Re-parsed: EventJson cannot read the JsonArray instances a copied JsonObject holds.
        JsonObject fixture = new JsonObject(EventFixtures.data(type.getSimpleName()).encode());
        Object record = EventJson.fromJson(fixture, type);
        JsonObject written = EventJson.toJson(record);
        assertThat(written.fieldNames()).containsExactlyInAnyOrderElementsOf(fixture.fieldNames());
        for (String field : fixture.fieldNames()) {
            assertThat(normalized(written.getValue(field))).as(field).isEqualTo(normalized(fixture.getValue(field)));
        }
    }

    private static Object normalized(Object value) {
        return value instanceof Number n ? new BigDecimal(n.toString()).stripTrailingZeros() : value;
    }
}
