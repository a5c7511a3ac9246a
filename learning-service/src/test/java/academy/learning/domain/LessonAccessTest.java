package academy.learning.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class LessonAccessTest {

    static final UUID COURSE = UUID.randomUUID();
    static final UUID MODULE = UUID.randomUUID();

    private static LessonUnlocked unlocked(UUID lesson) {
        return new LessonUnlocked(7L, COURSE, MODULE, lesson, "enrolment", Instant.parse("2026-11-27T09:10:00Z"));
    }

    @Test
    void noUnlockMeansLocked() {
        assertThat(LessonAccess.none().isUnlocked(UUID.randomUUID())).isFalse();
    }

    @Test
    void anUnlockOpensThatLessonOnly() {
        UUID open = UUID.randomUUID();

        LessonAccess access = LessonAccess.none().evolve(unlocked(open));

        assertThat(access.isUnlocked(open)).isTrue();
        assertThat(access.isUnlocked(UUID.randomUUID())).isFalse();
    }

    @Test
    void aRepeatedUnlockChangesNothing() {
        UUID open = UUID.randomUUID();
        LessonAccess once = LessonAccess.none().evolve(unlocked(open));

        assertThat(once.evolve(unlocked(open))).isSameAs(once);
    }
}
