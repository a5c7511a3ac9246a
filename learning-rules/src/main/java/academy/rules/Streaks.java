package academy.rules;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The streak rules, the one place they are written: user-service's reaction and {@code /users/me}
 * and the projector's dashboard all call these functions, so they cannot disagree.
 *
 * <p>The streak is a function of the SET of counted days, walked in date order whatever order the
 * completions arrived in: a late completion repairs a streak it would have kept. Walking day by
 * day: the next day extends the streak; each missed day spends an equipped freeze; a missed day
 * with none left ends the streak and the next counted day starts it again at 1; every 7-day
 * milestone equips a freeze, at most 2. A day dated in another zone than the day before is
 * compared in both zones and the smaller gap wins, so a zone change alone never breaks a streak.
 */
public final class Streaks {

    public static final int MAX_FREEZES = 2;
    public static final int MILESTONE_DAYS = 7;

    private static final Comparator<ZoneId> BY_ID = Comparator.comparing(ZoneId::getId);

    private Streaks() {
    }

    /** The streak {@code days} make, as of now in {@code zone}: the whole rule in one call. */
    public static StreakToday of(Collection<StreakDay> days, ZoneId zone, Instant now) {
        return asOf(walk(days).summary(), zone, now);
    }

    /** Walks the distinct days in date order; duplicates and arrival order change nothing. */
    public static StreakWalk walk(Collection<StreakDay> days) {
        TreeMap<LocalDate, SortedSet<ZoneId>> byDay = new TreeMap<>();
        for (StreakDay day : days) {
            byDay.computeIfAbsent(day.day(), d -> new TreeSet<>(BY_ID)).add(day.zone());
        }
        List<StreakStep> steps = new ArrayList<>();
        int current = 0;
        int longest = 0;
        int freezes = 0;
        Map.Entry<LocalDate, SortedSet<ZoneId>> previous = null;
        for (Map.Entry<LocalDate, SortedSet<ZoneId>> entry : byDay.entrySet()) {
            if (previous != null) {
                long missed = missedBetween(previous.getKey(), previous.getValue(), entry.getKey(), entry.getValue());
                for (long i = 1; i <= missed; i++) {
                    LocalDate missedDay = previous.getKey().plusDays(i);
                    if (freezes == 0) {
                        steps.add(new StreakStep.Reset(missedDay, current));
                        current = 0;
                        break;
                    }
                    freezes--;
                    steps.add(new StreakStep.FreezeUsed(missedDay, freezes));
                }
            }
            current++;
            longest = Math.max(longest, current);
            steps.add(new StreakStep.Extended(entry.getKey(), current, longest));
            if (current % MILESTONE_DAYS == 0 && freezes < MAX_FREEZES) {
                freezes++;
                steps.add(new StreakStep.FreezeEarned(entry.getKey(), current, freezes));
            }
            previous = entry;
        }
        if (previous == null) {
            return new StreakWalk(StreakSummary.NONE, steps);
        }
        LocalDate lastDay = previous.getKey();
        ZoneId westernmost = previous.getValue().stream()
                .min(Comparator.comparing((ZoneId zone) -> lastDay.atStartOfDay(zone).getOffset().getTotalSeconds())
                        .thenComparing(BY_ID))
                .orElseThrow();
        return new StreakWalk(new StreakSummary(current, longest, freezes, lastDay, westernmost), steps);
    }

    /**
     * The streak as the learner sees it at {@code now}, today being now's date in {@code zone}:
     * days missed since the last counted day are covered by the freezes left, else it reads 0.
     * "Today" is also read in the zone of the last counted day, and the earlier date wins.
     */
    public static StreakToday asOf(StreakSummary summary, ZoneId zone, Instant now) {
        LocalDate last = summary.lastDay();
        if (last == null) {
            return new StreakToday(0, summary.longest(), summary.freezes(), null);
        }
        LocalDate today = now.atZone(zone).toLocalDate();
        if (summary.lastDayZone() != null) {
            LocalDate todayWhereCounted = now.atZone(summary.lastDayZone()).toLocalDate();
            if (todayWhereCounted.isBefore(today)) {
                today = todayWhereCounted;
            }
        }
        long missed = ChronoUnit.DAYS.between(last, today) - 1;
        if (missed <= 0) {
            return new StreakToday(summary.current(), summary.longest(), summary.freezes(), last);
        }
        if (missed <= summary.freezes()) {
            return new StreakToday(summary.current(), summary.longest(), summary.freezes() - (int) missed, last);
        }
        return new StreakToday(0, summary.longest(), 0, last);
    }

    /** Missed days between two counted days: the smallest count over the zones that dated them. */
    private static long missedBetween(LocalDate before, Collection<ZoneId> beforeZones, LocalDate after,
                                      Collection<ZoneId> afterZones) {
        long fewest = ChronoUnit.DAYS.between(before, after);
        for (ZoneId beforeZone : beforeZones) {
            for (ZoneId afterZone : afterZones) {
                // When the later day began, seen from where the earlier day was counted.
                LocalDate afterSeenBefore = after.atStartOfDay(afterZone).withZoneSameInstant(beforeZone).toLocalDate();
                fewest = Math.min(fewest, ChronoUnit.DAYS.between(before, afterSeenBefore));
            }
        }
        return Math.max(0, fewest - 1);
    }
}
