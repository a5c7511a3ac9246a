package academy.projector.leaderboard.domain;

/**
 * A learner's place on a leaderboard: rank 1 is the most XP; equal XP shares a rank. {@code xp}
 * is the board's figure (weekly or total); the level comes from total XP (academy.rules.Levels).
 */
public record Standing(int rank, long userId, long xp) {
}
