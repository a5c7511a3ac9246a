package academy.projector.progress.domain;

import academy.projector.projection.domain.FeedEvent.LessonCompleted;
import academy.projector.projection.domain.FeedEvent.LessonProgressRecorded;
import academy.projector.projection.domain.FeedEvent.LessonStarted;
import academy.projector.progress.domain.ProgressChange.LessonFinished;
import academy.projector.progress.domain.ProgressChange.LessonTouched;
import academy.projector.progress.domain.ProgressChange.SittingRecorded;
import java.util.List;
import academy.projector.projection.domain.FeedEvent;

/**
 * Lesson progress per learner. The seconds of a sitting come from LessonProgressRecorded only:
 * the LessonCompleted that follows a sitting repeats that sitting's seconds.
 */
public final class ProgressProjection {

    public static final List<String> EVENT_TYPES = List.of("LessonStarted", "LessonProgressRecorded", "LessonCompleted");

    private ProgressProjection() {
    }

    public static List<ProgressChange> changes(FeedEvent event) {
        if (event instanceof LessonStarted started) {
            return List.of(new LessonTouched(started.userId(), started.lessonId(), started.courseId(), started.startedAt()));
        }
        if (event instanceof LessonProgressRecorded sitting) {
            int seconds = Math.max(0, sitting.timeSpentSeconds());
            var best = sitting.bestScore() != null ? sitting.bestScore() : sitting.score();
            return List.of(new SittingRecorded(sitting.userId(), sitting.lessonId(), sitting.courseId(), best, seconds,
                    sitting.recordedAt()));
        }
        if (event instanceof LessonCompleted completed) {
            return List.of(new LessonFinished(completed.userId(), completed.lessonId(), completed.courseId(),
                    completed.score(), completed.completedAt()));
        }
        return List.of();
    }
}
