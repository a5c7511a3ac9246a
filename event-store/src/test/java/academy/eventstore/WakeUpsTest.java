package academy.eventstore;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class WakeUpsTest {

    @Test
    void aWakeUpNamesEachAppendedTypeOnceInAStableOrder() {
        assertThat(WakeUps.payload(List.of("LessonCompleted", "Enrolled", "LessonCompleted"))).isEqualTo("Enrolled,LessonCompleted");
    }

    @Test
    void moreTypesThanAPayloadHoldsWakeEveryone() {
        List<String> many = java.util.stream.IntStream.range(0, 2_000).mapToObj(i -> "EventType" + i).toList();
        assertThat(WakeUps.payload(many)).isEqualTo(WakeUps.ALL);
    }

    @Test
    void onlySubscriptionsHandlingAnAppendedTypeWake() {
        assertThat(WakeUps.wakes("Enrolled,LessonCompleted", List.of("LessonCompleted", "XpAwarded"))).isTrue();
        assertThat(WakeUps.wakes("Enrolled,LessonCompleted", List.of("AttemptStarted"))).isFalse();
        assertThat(WakeUps.wakes("Enrolled", List.of("Enrolled2"))).as("whole names, not prefixes").isFalse();
    }

    @Test
    void subscriptionsForEveryTypeAndWakeUpsWithoutTypesAlwaysWake() {
        assertThat(WakeUps.wakes("Enrolled", List.of())).isTrue();
        assertThat(WakeUps.wakes("", List.of("AttemptStarted"))).isTrue();
        assertThat(WakeUps.wakes(null, List.of("AttemptStarted"))).isTrue();
        assertThat(WakeUps.wakes(WakeUps.ALL, List.of("AttemptStarted"))).isTrue();
    }
}
