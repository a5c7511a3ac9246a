package academy.projector.dashboard.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class StreakStateTest {

    private static StreakState streak(String zone, int current, String lastDay, int freezes) {
        return new StreakState(zone, current, Math.max(current, 12), LocalDate.parse(lastDay), freezes, zone);
    }

    @Test
    void aStreakExtendedTodayOrYesterdayIsShown() {
        StreakState state = streak("UTC", 7, "2026-11-27", 0);
        assertThat(state.visibleStreak(Instant.parse("2026-11-27T20:00:00Z"))).isEqualTo(7);
        assertThat(state.visibleStreak(Instant.parse("2026-11-28T23:59:00Z"))).isEqualTo(7);
    }

    @Test
    void missedDaysSpendTheFreezesShownExactlyAsUsersMeDoes() {
        StreakState state = streak("UTC", 14, "2026-11-25", 2);
        // Missed 26 and 27: both freezes are spent, none is left to show.
        assertThat(state.today(Instant.parse("2026-11-28T08:00:00Z")))
                .isEqualTo(new academy.rules.StreakToday(14, 14, 0, LocalDate.parse("2026-11-25")));
        assertThat(state.today(Instant.parse("2026-11-27T08:00:00Z")).freezesAvailable()).isEqualTo(1);
    }

    @Test
    void aLearnerAwayForTwoWeeksSeesZeroNotAStaleStreak() {
        StreakState state = streak("UTC", 40, "2026-11-01", 2);
        assertThat(state.visibleStreak(Instant.parse("2026-11-15T10:00:00Z"))).isZero();
    }

    @Test
    void equippedFreezesKeepTheStreakVisibleOverMissedDays() {
        StreakState state = streak("UTC", 9, "2026-11-25", 2);
        // Missed 26 and 27: two freezes cover them.
        assertThat(state.visibleStreak(Instant.parse("2026-11-28T08:00:00Z"))).isEqualTo(9);
        // Missed 26, 27 and 28: one day too many.
        assertThat(state.visibleStreak(Instant.parse("2026-11-29T08:00:00Z"))).isZero();
    }

    @Test
    void todayIsTheLearnersOwnLocalDay() {
        StreakState berlin = streak("Europe/Berlin", 5, "2026-11-27", 0);
        // 23:30 UTC on the 28th is already the 29th in Berlin: the 28th was missed.
        assertThat(berlin.visibleStreak(Instant.parse("2026-11-28T23:30:00Z"))).isZero();
        StreakState utc = streak("UTC", 5, "2026-11-27", 0);
        assertThat(utc.visibleStreak(Instant.parse("2026-11-28T23:30:00Z"))).isEqualTo(5);
    }

    @Test
    void movingToAZoneADayAheadDoesNotBreakTheStreakByItself() {
        // Counted on the 27th in Honolulu (UTC-10); the learner then moves to Kiritimati (UTC+14).
        StreakState moved = new StreakState("Pacific/Kiritimati", 4, 4, LocalDate.parse("2026-11-27"), 0,
                "Pacific/Honolulu");
        // 10:00 UTC on the 28th: the 28th in Honolulu, already the 29th in Kiritimati.
        assertThat(moved.visibleStreak(Instant.parse("2026-11-28T10:00:00Z"))).isEqualTo(4);
        StreakState stayed = new StreakState("Pacific/Kiritimati", 4, 4, LocalDate.parse("2026-11-27"), 0,
                "Pacific/Kiritimati");
        assertThat(stayed.visibleStreak(Instant.parse("2026-11-28T10:00:00Z"))).isZero();
    }

    @Test
    void aResetOrAbsentStreakShowsZero() {
        assertThat(StreakState.NONE.visibleStreak(Instant.parse("2026-11-28T10:00:00Z"))).isZero();
        assertThat(streak("UTC", 0, "2026-11-28", 2).visibleStreak(Instant.parse("2026-11-28T10:00:00Z"))).isZero();
    }

    @Test
    void anUnknownZoneFallsBackToUtc() {
        assertThat(streak("Mars/Olympus", 3, "2026-11-27", 0).zone().getId()).isEqualTo("Z");
    }
}
