package academy.projector.daily.domain;

import academy.projector.projection.domain.FeedEvent.LessonCompleted;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import academy.projector.projection.domain.FeedEvent;

/**
 * XP and lessons per learner and day, for the Mini App's 30-day chart. The day is the UTC day
 * of completedAt (the day learning-service's repeat-XP rule counts in), not the day of arrival.
 * A lesson counts once, on the day of its first completion; repeats add only their XP.
 */
public final class DailyActivityProjection {

    public static final List<String> EVENT_TYPES = List.of("LessonCompleted");

    private DailyActivityProjection() {
    }

    public static Optional<DailyActivity> of(FeedEvent event) {
        if (!(event instanceof LessonCompleted completed)) {
            return Optional.empty();
        }
        int lessons = completed.firstCompletion() ? 1 : 0;
        if (completed.xpEarned() <= 0 && lessons == 0) {
            return Optional.empty();
        }
        LocalDate day = LocalDate.ofInstant(completed.completedAt(), ZoneOffset.UTC);
        return Optional.of(new DailyActivity(completed.userId(), day, Math.max(0, completed.xpEarned()), lessons));
    }
}
