package academy.user.domain;

import java.time.LocalDate;

/** What the learner sees of their streak today. */
public record StreakView(int current, int longest, int freezesAvailable, LocalDate lastActiveDay) {
}
