package academy.projector.projection.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import academy.eventstore.FeedPosition;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class ProgressMessagesTest {

    @Test
    void a_message_reads_back_as_written() {
        Map<String, FeedPosition> positions = new LinkedHashMap<>();
        positions.put("dashboard", new FeedPosition(900, 12));
        List<String> payloads = ProgressMessages.write("replica-a", true, List.of(4L, 5L), positions, 7_000);

        assertThat(payloads).hasSize(1);
        ProgressMessages.Message message = ProgressMessages.read(payloads.get(0));
        assertThat(message.replica()).isEqualTo("replica-a");
        assertThat(message.clearAll()).isTrue();
        assertThat(message.learners()).containsExactly(4L, 5L);
        assertThat(message.positions()).containsEntry("dashboard", new FeedPosition(900, 12));
    }

    @Test
    void many_learners_are_split_under_the_payload_limit_and_the_positions_come_last() {
        List<Long> learners = LongStream.range(4_294_967_296L, 4_294_967_296L + 2_000).boxed().toList();
        List<String> payloads = ProgressMessages.write("r", false, learners, Map.of("activities", new FeedPosition(1, 2)), 7_000);

        assertThat(payloads.size()).isGreaterThan(1);
        assertThat(payloads).allSatisfy(p -> assertThat(p.length()).isLessThanOrEqualTo(7_000));
        List<Long> read = new ArrayList<>();
        payloads.forEach(p -> read.addAll(ProgressMessages.read(p).learners()));
        assertThat(read).containsExactlyElementsOf(learners);
        assertThat(ProgressMessages.read(payloads.get(payloads.size() - 1)).positions()).containsKey("activities");
        assertThat(ProgressMessages.read(payloads.get(0)).positions()).isEmpty();
    }

    @Test
    void anything_else_on_the_channel_is_ignored() {
        assertThat(ProgressMessages.read("hello")).isNull();
        assertThat(ProgressMessages.read("r x\nl 1,two\n")).isNull();
        assertThat(ProgressMessages.read("")).isNull();
    }
}
