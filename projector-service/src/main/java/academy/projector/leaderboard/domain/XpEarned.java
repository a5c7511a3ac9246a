package academy.projector.leaderboard.domain;

import java.time.Instant;
import java.time.LocalDate;

/** XP a completion adds to a learner's all-time total and to the total of its leaderboard week. */
public record XpEarned(long userId, long xp, LocalDate weekStart, Instant at) {
}
