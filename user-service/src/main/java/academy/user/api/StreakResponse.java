package academy.user.api;

import academy.user.domain.StreakView;
import java.time.LocalDate;

/** The streak as of today in the learner's zone. */
public record StreakResponse(int current, int longest, int freezesAvailable, LocalDate lastActiveDay) {

    static StreakResponse of(StreakView view) {
        return new StreakResponse(view.current(), view.longest(), view.freezesAvailable(), view.lastActiveDay());
    }
}
