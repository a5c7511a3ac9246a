package academy.testing;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.json.JsonObject;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Events as they were stored (the shared fixtures, docs/events.md, nulls included) still decode
 * into the same records and are written back alike. A service's test names its stored types and
 * how its event codecs decode and encode.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class StoredEventsContract {

    /** The event types this service has stored. */
    protected abstract List<String> storedTypes();

    /** Whether one of the service's codecs knows {@code type}. */
    protected abstract boolean knows(String type);

    protected abstract Object decode(String type, JsonObject data);

    protected abstract JsonObject encode(Object event);

    @ParameterizedTest
    @MethodSource("storedTypes")
    void every_stored_type_name_is_still_known(String type) {
        assertThat(knows(type)).as(type).isTrue();
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

    private static Object normalized(Object value) {
        return value instanceof Number n ? new BigDecimal(n.toString()).stripTrailingZeros() : value;
    }
}
