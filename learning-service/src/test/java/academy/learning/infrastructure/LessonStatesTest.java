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
        assertThat(states.get("a")).isNull();
        states.forget("c");
        assertThat(states.get("c")).isNull();
    }

    @Test
    void capacityZeroKeepsNothing() {
        LessonStates states = new LessonStates(0);
        states.remember("a", at(1));
        assertThat(states.get("a")).isNull();
    }
}
