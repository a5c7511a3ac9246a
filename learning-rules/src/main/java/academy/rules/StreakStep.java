package academy.rules;

import java.time.LocalDate;

/** One decision of the walk over the counted days, in day order. */
public sealed interface StreakStep {

    LocalDate day();

    /** {@code day} was counted; the streak is {@code current} long after it. */
    record Extended(LocalDate day, int current, int longest) implements StreakStep {
    }

    /** {@code day} was missed and covered by a freeze; {@code freezesLeft} remain. */
    record FreezeUsed(LocalDate day, int freezesLeft) implements StreakStep {
    }

    /** {@code day} was missed with no freeze left: the streak of {@code previousStreak} days ended. */
    record Reset(LocalDate day, int previousStreak) implements StreakStep {
    }

    /** The streak reached {@code milestone} on {@code day} and a freeze was equipped. */
    record FreezeEarned(LocalDate day, int milestone, int freezes) implements StreakStep {
    }
}
