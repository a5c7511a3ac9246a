package academy.eventstore.codec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import academy.eventstore.EventMetadata;
import academy.eventstore.NewEvent;
import academy.eventstore.RecordedEvent;
import academy.eventstore.StreamFold;
import io.vertx.core.json.JsonObject;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class EventCodecTest {

    sealed interface ShopEvent permits Opened, Sale {
    }

    record Opened(String name, String motto) implements ShopEvent {
    }

    sealed interface Sale extends ShopEvent permits Sold, Refunded {
    }

    record Sold(long cents, List<Line> lines) implements Sale {
    }

    @EventType("MoneyReturned")
    record Refunded(long cents) implements Sale {
    }

    record Line(String item, String note) {
    }

    static final EventCodec<ShopEvent> CODEC = EventCodec.of(ShopEvent.class);

    @Test
    void types_are_the_permitted_records_through_sealed_sub_interfaces_named_explicitly_where_annotated() {
        assertThat(CODEC.typeNames()).containsExactlyInAnyOrder("Opened", "Sold", "MoneyReturned");
        assertThat(CODEC.typeName(Refunded.class)).isEqualTo("MoneyReturned");
    }

    @Test
    void null_fields_are_left_out_at_every_depth() {
        NewEvent event = CODEC.encode(UUID.randomUUID(),
                new Sold(250, List.of(new Line("tea", null))), EventMetadata.forCommand("c", 7L, null, null));

        assertThat(event.eventType()).isEqualTo("Sold");
        assertThat(event.data().encode()).isEqualTo("{\"cents\":250,\"lines\":[{\"item\":\"tea\"}]}");
        assertThat(CODEC.encodeData(new Opened("corner", null)).fieldNames()).containsExactly("name");
    }

    @Test
    void absent_fields_read_as_null_and_unknown_fields_are_ignored() {
        ShopEvent read = CODEC.decode("Opened", new JsonObject().put("name", "corner").put("since", 1999));

        assertThat(read).isEqualTo(new Opened("corner", null));
    }

    @Test
    void stored_json_with_explicit_nulls_reads_as_before() {
        assertThat(CODEC.decode("Opened", new JsonObject("{\"name\":\"corner\",\"motto\":null}")))
                .isEqualTo(new Opened("corner", null));
        assertThat(CODEC.decode("MoneyReturned", new JsonObject("{\"cents\":5}"))).isEqualTo(new Refunded(5));
    }

    @Test
    void a_type_it_does_not_know_decodes_to_null_and_a_fold_skips_it() {
        StreamFold<Integer> count = CODEC.fold(0, (n, event) -> n + 1);
        List<RecordedEvent> history = List.of(
                recorded("Opened", new JsonObject().put("name", "corner")),
                recorded("SomethingNewer", new JsonObject()),
                recorded("MoneyReturned", new JsonObject().put("cents", 1)));

        assertThat(CODEC.decode(history.get(1))).isNull();
        assertThat(count.fold(history)).isEqualTo(2);
    }

    @Test
    void only_a_sealed_interface_makes_a_codec() {
        assertThatThrownBy(() -> EventCodec.of(Runnable.class)).isInstanceOf(IllegalArgumentException.class);
    }

    private static RecordedEvent recorded(String type, JsonObject data) {
        return new RecordedEvent(1, 1, "shop-1", 1, UUID.randomUUID(), type, data, new JsonObject(), Instant.now());
    }
}
