package academy.user.domain;

import java.time.LocalDate;

/**
 * A learner's streak as folded from the user stream.
 *
 * @param lastActiveDay the latest local day that counted (null before the first completion)
 * @param lastActiveZone the zone that day was computed in
 * @param freezes equipped freezes (0..2)
 */
public record Streak(LocalDate lastActiveDay, String lastActiveZone, int current, int longest, int freezes) {

    public static final int MAX_FREEZES = 2;
    public static final int MILESTONE_DAYS = 7;

    public static Streak none() {
        return new Streak(null, null, 0, 0, 0);
    }

    Streak evolve(UserEvent event) {
        if (event instanceof StreakExtended extended) {
            return new Streak(extended.day(), extended.timeZone(), extended.currentStreak(),
                    Math.max(longest, extended.longestStreak()), freezes);
        }
        if (event instanceof StreakFreezeEarned earned) {
            return new Streak(lastActiveDay, lastActiveZone, current, longest, earned.freezesAvailable());
        }
        if (event instanceof StreakFreezeUsed used) {
            return new Streak(lastActiveDay, lastActiveZone, current, longest, used.freezesAvailable());
        }
        if (event instanceof StreakReset) {
            return new Streak(lastActiveDay, lastActiveZone, 0, longest, 0);
        }
        return this;
    }
}
