package academy.user.domain;

import academy.rules.StreakDay;
import academy.rules.StreakStep;
import academy.rules.StreakSummary;
import academy.rules.StreakToday;
import academy.rules.StreakWalk;
import academy.rules.Streaks;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * The user stream's side of the streak rules ({@link Streaks}, shared with the projector): a
 * completion is dated in the zone in force at its completedAt; a day not counted yet appends
 * what the walk over all counted days newly decided, then StreakExtended with the whole streak.
 */
public final class StreakRules {

    private StreakRules() {
    }

    public static List<UserEvent> onCompletion(long userId, UserState state, Instant completedAt, UUID sourceEventId) {
        StreakDay day = StreakDay.of(completedAt, state.zones().zoneAt(completedAt));
        if (state.streakDays().contains(day)) {
            return List.of();
        }
        Set<StreakDay> counted = new HashSet<>(state.streakDays());
        counted.add(day);
        StreakWalk before = Streaks.walk(state.streakDays());
        StreakWalk after = Streaks.walk(counted);
        List<UserEvent> events = new ArrayList<>();
        for (StreakStep step : after.steps()) {
            if (!(step instanceof StreakStep.Extended) && !decided(before, step)) {
                events.add(toEvent(userId, step));
            }
        }
        StreakSummary summary = after.summary();
        events.add(new StreakExtended(userId, day.day(), day.zone().getId(), summary.current(), summary.longest(),
                sourceEventId, summary.lastDay(), summary.lastDayZone().getId(), summary.freezes()));
        return events;
    }

    /** The streak as the learner sees it at {@code now} in their current zone. */
    public static StreakToday asOf(UserState state, Instant now) {
        return Streaks.of(state.streakDays(), ZoneTimeline.zoneOf(state.timeZone()), now);
    }

    /** Whether the walk before this completion already made the same kind of decision for the same day. */
    private static boolean decided(StreakWalk before, StreakStep step) {
        return before.steps().stream().anyMatch(old -> old.getClass() == step.getClass() && old.day().equals(step.day()));
    }

    private static UserEvent toEvent(long userId, StreakStep step) {
        if (step instanceof StreakStep.FreezeUsed used) {
            return new StreakFreezeUsed(userId, used.day(), used.freezesLeft());
        }
        if (step instanceof StreakStep.Reset reset) {
            return new StreakReset(userId, reset.day(), reset.previousStreak());
        }
        if (step instanceof StreakStep.FreezeEarned earned) {
            return new StreakFreezeEarned(userId, earned.day(), earned.milestone(), earned.freezes());
        }
        throw new IllegalArgumentException("no event for " + step);
    }
}
