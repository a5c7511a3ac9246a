package academy.eventstore.command;

import static org.assertj.core.api.Assertions.assertThat;

import academy.eventstore.EventIds;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Ids derived from an Idempotency-Key must never change: a retry across an upgrade still finds its events. */
class CommandOriginTest {

    static final CommandOrigin KEYED = CommandOrigin.of(42, "POST /courses", "key-1", null, "hash");

    @Test
    void event_ids_are_the_uuidv5_of_caller_route_key_and_index() {
        assertThat(KEYED.eventId(0)).isEqualTo(EventIds.forCommand("42", "POST /courses", "key-1", 0));
        assertThat(KEYED.eventId(1)).isEqualTo(EventIds.nameBased("command\n42\nPOST /courses\nkey-1\n1"));
        // pinned: the value stored by every release so far
        assertThat(KEYED.eventId(0)).isEqualTo(EventIds.nameBased("command\n42\nPOST /courses\nkey-1\n0"));
    }

    @Test
    void derived_ids_are_the_uuidv5_of_purpose_caller_route_and_key() {
        assertThat(KEYED.derivedId("attempt"))
                .isEqualTo(EventIds.nameBased("attempt\n42\nPOST /courses\nkey-1"));
        assertThat(KEYED.derivedId("item\ncourse"))
                .isEqualTo(EventIds.nameBased("item\ncourse\n42\nPOST /courses\nkey-1"));
    }

    @Test
    void without_a_key_ids_are_random_and_no_request_hash_is_stored() {
        CommandOrigin unkeyed = CommandOrigin.of(42, "POST /courses", null, null, "hash");

        assertThat(unkeyed.eventId(0)).isNotEqualTo(unkeyed.eventId(0));
        assertThat(unkeyed.derivedId("attempt")).isNotEqualTo(unkeyed.derivedId("attempt"));
        assertThat(unkeyed.metadata().requestHash()).isNull();
        assertThat(unkeyed.idempotent()).isFalse();
    }

    @Test
    void the_metadata_names_caller_key_trace_and_one_correlation_for_all_events() {
        CommandOrigin origin = new CommandOrigin(42, "POST /courses", "key-1", "00-trace", "corr", "hash");

        assertThat(origin.metadata().toJson().encode()).isEqualTo(
                "{\"schemaVersion\":1,\"correlationId\":\"corr\",\"causationId\":\"corr\",\"userId\":42,"
                        + "\"idempotencyKey\":\"key-1\",\"traceparent\":\"00-trace\",\"requestHash\":\"hash\"}");
        assertThat(CommandOrigin.of(1, "r", null, null, null).correlationId()).isNotNull();
        UUID.fromString(CommandOrigin.of(1, "r", null, null, null).correlationId());
    }
}
