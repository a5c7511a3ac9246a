package academy.projector.domain;

/** A learner's place on a leaderboard: rank 1 is the most XP; equal XP shares a rank. */
public record Standing(int rank, long userId, long xp) {

    public int level() {
        return Levels.levelFor(xp);
    }
}
