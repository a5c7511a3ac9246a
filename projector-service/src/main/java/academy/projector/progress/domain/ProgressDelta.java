package academy.projector.progress.domain;

import academy.projector.progress.domain.ProgressChange.LessonFinished;
import academy.projector.progress.domain.ProgressChange.LessonTouched;
import academy.projector.progress.domain.ProgressChange.SittingRecorded;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * What one batch changes in one learner's lesson row, folded from its changes: it merges with the
 * stored row the same way (seconds add up, best score and times by max/min, completed stays).
 */
public record ProgressDelta(long userId, UUID lessonId, UUID courseId, boolean completed, BigDecimal bestScore,
                            long seconds, Instant completedAt, Instant updatedAt) {

    public static ProgressDelta of(ProgressChange change) {
        if (change instanceof LessonTouched c) {
            return new ProgressDelta(c.userId(), c.lessonId(), c.courseId(), false, null, 0, null, c.at());
        }
        if (change instanceof SittingRecorded c) {
            return new ProgressDelta(c.userId(), c.lessonId(), c.courseId(), false, c.bestScore(), c.seconds(), null,
                    c.at());
        }
        LessonFinished c = (LessonFinished) change;
        return new ProgressDelta(c.userId(), c.lessonId(), c.courseId(), true, c.score(), 0, c.at(), c.at());
    }

    /** One delta per (learner, lesson), in order of first appearance. */
    public static List<ProgressDelta> fold(List<ProgressChange> changes) {
        Map<String, ProgressDelta> byLesson = new LinkedHashMap<>();
        for (ProgressChange change : changes) {
            ProgressDelta delta = of(change);
            byLesson.merge(delta.userId() + "/" + delta.lessonId(), delta, ProgressDelta::merge);
        }
        return new ArrayList<>(byLesson.values());
    }

    public ProgressDelta merge(ProgressDelta later) {
        return new ProgressDelta(userId, lessonId, courseId != null ? courseId : later.courseId,
                completed || later.completed, max(bestScore, later.bestScore), seconds + later.seconds,
                earliest(completedAt, later.completedAt), latest(updatedAt, later.updatedAt));
    }

    private static BigDecimal max(BigDecimal a, BigDecimal b) {
        return a == null ? b : b == null ? a : a.max(b);
    }

    private static Instant earliest(Instant a, Instant b) {
        return a == null ? b : b == null ? a : a.isBefore(b) ? a : b;
    }

    private static Instant latest(Instant a, Instant b) {
        return a == null ? b : b == null ? a : a.isAfter(b) ? a : b;
    }
}
