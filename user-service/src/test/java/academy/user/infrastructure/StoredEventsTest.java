package academy.user.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import academy.eventstore.codec.EventCodec;
import academy.testing.EventFixtures;
import io.vertx.core.json.JsonObject;
import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Events stored before the codec (the shared fixtures, docs/events.md, as the old mapping wrote
 * them, nulls included) still decode, into the same records, and are written back alike.
 */
class StoredEventsTest {

    static final List<EventCodec<?>> CODECS = List.of(UserStream.EVENTS);

    static Stream<String> storedTypes() {
        return Stream.of("UserRegistered", "ProfileUpdated", "StreakExtended", "StreakFreezeEarned", "StreakFreezeUsed", "StreakReset", "UserErased");
    }

    @ParameterizedTest
    @MethodSource("storedTypes")
    void every_stored_type_name_is_still_known(String type) {
        assertThat(codecOf(type)).as(type).isNotNull();
    }

    @ParameterizedTest
    @MethodSource("storedTypes")
    void a_stored_event_decodes_into_its_record_and_encodes_back_to_the_same_fields(String type) {
        JsonObject stored = stored(type);
        Object decoded = decode(type, stored);

        assertThat(decoded.getClass().getSimpleName()).isEqualTo(type);
        JsonObject written = encode(decoded);
        assertThat(written.fieldNames()).containsExactlyInAnyOrderElementsOf(stored.fieldNames());
        for (String field : stored.fieldNames()) {
            assertThat(normalized(written.getValue(field))).as(field).isEqualTo(normalized(stored.getValue(field)));
        }
    }

    @ParameterizedTest
    @MethodSource("storedTypes")
    void a_field_stored_as_null_reads_as_an_absent_one(String type) {
        for (String field : stored(type).fieldNames()) {
            JsonObject withNull = stored(type).putNull(field);
            JsonObject without = stored(type);
            without.remove(field);
            assertThat(decode(type, withNull)).as(field).isEqualTo(decode(type, without));
        }
    }

    private static JsonObject stored(String type) {
        // Re-parsed, as read from the store: a copied JsonObject holds JsonArray instances.
        return new JsonObject(EventFixtures.data(type).encode());
    }

    private static EventCodec<?> codecOf(String type) {
        return CODECS.stream().filter(codec -> codec.knows(type)).findFirst().orElse(null);
    }

    private static Object decode(String type, JsonObject data) {
        return codecOf(type).decode(type, data);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static JsonObject encode(Object event) {
        EventCodec codec = CODECS.stream().filter(c -> c.family().isInstance(event)).findFirst().orElseThrow();
        return codec.encodeData(event);
    }

    private static Object normalized(Object value) {
        return value instanceof Number n ? new BigDecimal(n.toString()).stripTrailingZeros() : value;
    }
}
