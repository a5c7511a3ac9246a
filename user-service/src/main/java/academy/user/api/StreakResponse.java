package academy.user.api;

import academy.rules.StreakToday;
import java.time.LocalDate;

/** The streak as of today in the learner's zone. */
public record StreakResponse(int current, int longest, int freezesAvailable, LocalDate lastActiveDay) {

    static StreakResponse of(StreakToday view) {
        return new StreakResponse(view.current(), view.longest(), view.freezesAvailable(), view.lastActiveDay());
    }
}
