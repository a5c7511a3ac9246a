package academy.learning.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import academy.learning.domain.LessonProgress;
import academy.learning.infrastructure.LessonStates.Known;
import org.junit.jupiter.api.Test;

class LessonStatesTest {

    private static Known at(int version) {
        return new Known(LessonProgress.initial(), version, version * 10L);
    }

    @Test
    void anOlderStateNeverReplacesANewerOne() {
        LessonStates states = new LessonStates(10);
        states.remember("lesson-1-a", at(3));
        states.remember("lesson-1-a", at(2));
        assertThat(states.get("lesson-1-a").version()).isEqualTo(3);
        states.remember("lesson-1-a", at(4));
        assertThat(states.get("lesson-1-a").version()).isEqualTo(4);
    }

    @Test
    void anEmptyStreamIsNotKept() {
        LessonStates states = new LessonStates(10);
        states.remember("lesson-1-a", at(0));
        assertThat(states.get("lesson-1-a")).isNull();
    }

    @Test
    void stayWithinTheirCapacityAndForget() {
        LessonStates states = new LessonStates(2);
        states.remember("a", at(1));
        states.remember("b", at(1));
        states.remember("c", at(1));
        assertThat(states.get("c")).isNotNull();
        assertThat(states.size()).isEqualTo(2);
        states.forget("c");
        assertThat(states.get("c")).isNull();
    }

    @Test
    void fillingPastTheBoundEvictsOneStreamAtATimeAndKeepsTheStreamsInUse() {
        int capacity = 1_000;
        LessonStates states = new LessonStates(capacity);
        for (int i = 0; i < capacity; i++) {
            states.remember("old-" + i, at(1));
        }
        // New streams, each used the way commands use it: read the known state, append, remember.
        for (int i = 0; i < 300; i++) {
            String stream = "recent-" + i;
            states.remember(stream, at(1));
            for (int version = 2; version <= 6; version++) {
                assertThat(states.get(stream)).isNotNull();
                states.remember(stream, at(version));
            }
        }

        assertThat(states.size()).isEqualTo(capacity);
        for (int i = 0; i < 300; i++) {
            assertThat(states.get("recent-" + i)).as("recent-" + i).isNotNull()
                    .extracting(Known::version).isEqualTo(6);
        }
        // Never emptied at the bound: what was not pushed out by the new streams is still there.
        long oldKept = java.util.stream.IntStream.range(0, capacity).filter(i -> states.get("old-" + i) != null).count();
        assertThat(oldKept).isEqualTo(capacity - 300);
    }

    @Test
    void capacityZeroKeepsNothing() {
        LessonStates states = new LessonStates(0);
        states.remember("a", at(1));
        assertThat(states.get("a")).isNull();
    }
}
