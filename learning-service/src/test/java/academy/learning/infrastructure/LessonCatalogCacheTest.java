package academy.learning.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import academy.learning.domain.Lesson;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The catalogue's in-memory lessons: bounded, one cold lesson evicted at a time. No database: hits only. */
class LessonCatalogCacheTest {

    private static Lesson lesson() {
        return new Lesson(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), new BigDecimal("0.7"), 10);
    }

    private static Optional<Lesson> hit(LessonCatalog catalog, Lesson lesson) {
        return catalog.find(lesson.lessonId()).await().indefinitely();
    }

    @Test
    void fillingPastTheBoundKeepsTheLessonsInUseAndMostOfTheRest() {
        int bound = 1_000;
        LessonCatalog catalog = new LessonCatalog(null, Duration.ofMinutes(5), bound);
        List<Lesson> old = new ArrayList<>();
        for (int i = 0; i < bound; i++) {
            Lesson lesson = lesson();
            old.add(lesson);
            catalog.remember(lesson);
        }
        List<Lesson> recent = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            Lesson lesson = lesson();
            recent.add(lesson);
            catalog.remember(lesson);
            for (int read = 0; read < 5; read++) {
                assertThat(hit(catalog, lesson)).contains(lesson);
            }
        }

        assertThat(catalog.size()).isEqualTo(bound);
        assertThat(recent).allSatisfy(lesson -> assertThat(hit(catalog, lesson)).contains(lesson));
        assertThat(old.stream().filter(lesson -> catalog.kept(lesson.lessonId()) != null).count()).isEqualTo(bound - 200);
    }

    @Test
    void aForgottenLessonIsNoLongerKept() {
        LessonCatalog catalog = new LessonCatalog(null, Duration.ofMinutes(5), 10);
        Lesson lesson = lesson();
        catalog.remember(lesson);
        catalog.forget(lesson.lessonId());
        assertThat(catalog.size()).isZero();
    }

    @Test
    void aZeroTtlKeepsNothing() {
        LessonCatalog catalog = new LessonCatalog(null, Duration.ZERO, 10);
        catalog.remember(lesson());
        assertThat(catalog.size()).isZero();
    }
}
