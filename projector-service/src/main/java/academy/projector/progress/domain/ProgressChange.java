package academy.projector.progress.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/** What one event changes in {@code learning_progress}; the summary is recomputed from those rows. */
public sealed interface ProgressChange {

    long userId();

    /** The lesson has a row from now on (a first start creates it; later starts only touch it). */
    record LessonTouched(long userId, UUID lessonId, UUID courseId, Instant at) implements ProgressChange {
    }

    /** One sitting: the best score can only rise, the seconds add up. */
    record SittingRecorded(long userId, UUID lessonId, UUID courseId, BigDecimal bestScore, int seconds, Instant at)
            implements ProgressChange {
    }

    /** The lesson is completed from now on; the completion's score also counts for the best score. */
    record LessonFinished(long userId, UUID lessonId, UUID courseId, BigDecimal score, Instant at)
            implements ProgressChange {
    }
}
