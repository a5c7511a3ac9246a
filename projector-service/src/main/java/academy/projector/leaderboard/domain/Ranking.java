package academy.projector.leaderboard.domain;

import java.util.ArrayList;
import java.util.List;

/**
 * Competition ranking ("1, 2, 2, 4"): a learner's rank is 1 + the number of learners with more
 * XP, so ties share a rank whichever order they are listed in.
 */
public final class Ranking {

    private Ranking() {
    }

    public static int rankAbove(long learnersWithMoreXp) {
        return (int) Math.min(Integer.MAX_VALUE, learnersWithMoreXp + 1);
    }

    /** Standings of the top of a board, given (userId, xp) pairs ordered by XP, most first. */
    public static List<Standing> top(List<long[]> userIdAndXpByXpDescending) {
        List<Standing> standings = new ArrayList<>();
        for (int i = 0; i < userIdAndXpByXpDescending.size(); i++) {
            long[] entry = userIdAndXpByXpDescending.get(i);
            boolean tiesWithPrevious = i > 0 && standings.get(i - 1).xp() == entry[1];
            int rank = tiesWithPrevious ? standings.get(i - 1).rank() : i + 1;
            standings.add(new Standing(rank, entry[0], entry[1]));
        }
        return standings;
    }
}
