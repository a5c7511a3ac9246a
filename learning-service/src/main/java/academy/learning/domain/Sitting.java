package academy.learning.domain;

import academy.refusal.RefusedException;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * One sitting as the learner reports it: a score, a fraction 0..1 with at most 4 decimals, and the
 * seconds spent in this sitting (a delta, at most one day).
 */
public record Sitting(BigDecimal score, int timeSpentSeconds) {

    public static final int MAX_TIME_SPENT_SECONDS = 86_400;
    public static final int MAX_SCORE_DECIMALS = 4;

    public Sitting {
        Objects.requireNonNull(score, "score");
        String scoreProblem = scoreProblem(score);
        if (scoreProblem != null) {
            throw RefusedException.invalid("score", scoreProblem);
        }
        String timeProblem = timeSpentProblem(timeSpentSeconds);
        if (timeProblem != null) {
            throw RefusedException.invalid("timeSpent", timeProblem);
        }
        score = Scores.normalized(score);
    }

    /** What is wrong with {@code score}, or null when it is a valid score. */
    public static String scoreProblem(BigDecimal score) {
        if (score.signum() < 0 || score.compareTo(BigDecimal.ONE) > 0) {
            return "must be between 0 and 1";
        }
        if (score.stripTrailingZeros().scale() > MAX_SCORE_DECIMALS) {
            return "must have at most " + MAX_SCORE_DECIMALS + " decimals";
        }
        return null;
    }

    /** What is wrong with {@code seconds}, or null when it is a valid time spent. */
    public static String timeSpentProblem(long seconds) {
        return seconds < 0 || seconds > MAX_TIME_SPENT_SECONDS
                ? "must be between 0 and " + MAX_TIME_SPENT_SECONDS + " seconds" : null;
    }
}
