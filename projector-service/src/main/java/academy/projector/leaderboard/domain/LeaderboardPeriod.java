package academy.projector.leaderboard.domain;

import java.util.Optional;

/** Which XP a leaderboard ranks: this week's or all of it. */
public enum LeaderboardPeriod {
    WEEK("week"),
    ALL("all");

    private final String label;

    LeaderboardPeriod(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static Optional<LeaderboardPeriod> parse(String text) {
        for (LeaderboardPeriod period : values()) {
            if (period.label.equals(text)) {
                return Optional.of(period);
            }
        }
        return Optional.empty();
    }
}
