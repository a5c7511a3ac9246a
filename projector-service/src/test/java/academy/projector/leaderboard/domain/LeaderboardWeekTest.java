package academy.projector.leaderboard.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class LeaderboardWeekTest {

    @Test
    void theWeekStartsOnMondayAtMidnightUtc() {
        assertThat(LeaderboardWeek.startOf(Instant.parse("2026-11-23T00:00:00Z"))).isEqualTo(LocalDate.parse("2026-11-23"));
        assertThat(LeaderboardWeek.startOf(Instant.parse("2026-11-27T09:15:00Z"))).isEqualTo(LocalDate.parse("2026-11-23"));
        assertThat(LeaderboardWeek.startOf(Instant.parse("2026-11-29T23:59:59Z"))).isEqualTo(LocalDate.parse("2026-11-23"));
        assertThat(LeaderboardWeek.startOf(Instant.parse("2026-11-30T00:00:00Z"))).isEqualTo(LocalDate.parse("2026-11-30"));
    }

    @Test
    void aCompletionOnMondayInBerlinButSundayInUtcCountsForTheEndingWeek() {
        // 23:30 UTC on Sunday is 00:30 on Monday in Berlin: the leaderboard week follows UTC.
        assertThat(LeaderboardWeek.startOf(Instant.parse("2026-11-29T23:30:00Z"))).isEqualTo(LocalDate.parse("2026-11-23"));
    }

    @Test
    void theWeekEndsAtTheNextMonday() {
        assertThat(LeaderboardWeek.endOf(LocalDate.parse("2026-11-23"))).isEqualTo(Instant.parse("2026-11-30T00:00:00Z"));
    }

    @Test
    void yearBoundariesFollowIsoWeeks() {
        assertThat(LeaderboardWeek.startOf(Instant.parse("2027-01-01T12:00:00Z"))).isEqualTo(LocalDate.parse("2026-12-28"));
    }

    @Test
    void periodsParseOnlyTheirLabels() {
        assertThat(LeaderboardPeriod.parse("week")).contains(LeaderboardPeriod.WEEK);
        assertThat(LeaderboardPeriod.parse("all")).contains(LeaderboardPeriod.ALL);
        assertThat(LeaderboardPeriod.parse("WEEK")).isEmpty();
        assertThat(LeaderboardPeriod.parse(null)).isEmpty();
    }
}
