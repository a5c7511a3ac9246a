package academy.projector.leaderboard.infrastructure;

import java.util.List;

/**
 * A leaderboard as a sorted set answered it: the top (user id, XP) pairs, most XP first (null
 * when not asked for), and the caller's XP with the number of learners ahead (null when the
 * caller has no XP there).
 */
public record BoardPage(List<long[]> top, Long callerXp, Long learnersAhead) {
}
