package academy.projector.leaderboard.domain;

import academy.projector.projection.domain.FeedEvent.LessonCompleted;
import java.util.List;
import java.util.Optional;
import academy.projector.projection.domain.FeedEvent;

/**
 * XP for the leaderboards and the dashboard. LessonCompleted is authoritative: its xpEarned is
 * taken as it is, never re-judged; the week is the one of completedAt, not of arrival.
 */
public final class XpProjection {

    public static final List<String> EVENT_TYPES = List.of("LessonCompleted");

    private XpProjection() {
    }

    public static Optional<XpEarned> xpEarned(FeedEvent event) {
        if (event instanceof LessonCompleted completed && completed.xpEarned() > 0) {
            return Optional.of(new XpEarned(completed.userId(), completed.xpEarned(),
                    LeaderboardWeek.startOf(completed.completedAt()), completed.completedAt()));
        }
        return Optional.empty();
    }
}
