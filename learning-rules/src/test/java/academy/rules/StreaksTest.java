package academy.rules;

import static org.assertj.core.api.Assertions.assertThat;

import academy.rules.StreakStep.Extended;
import academy.rules.StreakStep.FreezeEarned;
import academy.rules.StreakStep.FreezeUsed;
import academy.rules.StreakStep.Reset;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class StreaksTest {

    static final ZoneId UTC = ZoneId.of("UTC");
    static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");
    static final ZoneId LOS_ANGELES = ZoneId.of("America/Los_Angeles");
    static final LocalDate D1 = LocalDate.of(2026, 11, 2);

    final List<StreakDay> days = new ArrayList<>();

    @Test
    void nobody_who_never_learned_has_a_streak() {
        assertThat(Streaks.of(days, UTC, at(D1, 12, UTC))).isEqualTo(new StreakToday(0, 0, 0, null));
    }

    @Test
    void consecutive_days_extend_the_streak() {
        givenCompletionsOn(UTC, D1, D1.plusDays(1), D1.plusDays(2));

        assertThat(Streaks.walk(days).summary()).isEqualTo(new StreakSummary(3, 3, 0, D1.plusDays(2), UTC));
    }

    @Test
    void the_same_day_twice_counts_once() {
        givenCompletionsOn(UTC, D1, D1, D1.plusDays(1));

        assertThat(Streaks.walk(days).summary().current()).isEqualTo(2);
    }

    @Test
    void a_gap_without_freezes_resets_and_the_next_day_starts_again_at_one_keeping_the_longest() {
        givenCompletionsOn(UTC, D1, D1.plusDays(1), D1.plusDays(2), D1.plusDays(5));

        StreakWalk walk = Streaks.walk(days);

        assertThat(walk.steps()).containsSubsequence(new Reset(D1.plusDays(3), 3), new Extended(D1.plusDays(5), 1, 3));
        assertThat(walk.summary()).isEqualTo(new StreakSummary(1, 3, 0, D1.plusDays(5), UTC));
    }

    @Test
    void a_seven_day_milestone_earns_a_freeze_and_at_most_two_are_equipped() {
        givenCompletionsOn(UTC, days(D1, 21));

        StreakWalk walk = Streaks.walk(days);

        assertThat(walk.steps()).filteredOn(FreezeEarned.class::isInstance).containsExactly(
                new FreezeEarned(D1.plusDays(6), 7, 1), new FreezeEarned(D1.plusDays(13), 14, 2));
        assertThat(walk.summary().freezes()).isEqualTo(2);
    }

    @Test
    void missed_days_spend_freezes_then_reset() {
        givenCompletionsOn(UTC, days(D1, 9));
        givenCompletionsOn(UTC, D1.plusDays(12));

        StreakWalk walk = Streaks.walk(days);

        assertThat(walk.steps()).containsSubsequence(new FreezeUsed(D1.plusDays(9), 0), new Reset(D1.plusDays(10), 9),
                new Extended(D1.plusDays(12), 1, 9));
    }

    @Test
    void completions_arriving_in_reverse_order_make_the_same_streak() {
        // 23:59:59 on day 2 committed after 00:00:01 on day 3 (retry back-off, clock skew)
        days.add(StreakDay.of(at(D1, 12, UTC), UTC));
        days.add(StreakDay.of(at(D1.plusDays(2), 0, UTC).plusSeconds(1), UTC));
        days.add(StreakDay.of(at(D1.plusDays(2), 0, UTC).minusSeconds(1), UTC));

        assertThat(Streaks.of(days, UTC, at(D1.plusDays(2), 12, UTC)).current()).isEqualTo(3);
    }

    @Test
    void a_late_completion_for_a_frozen_day_gives_the_freeze_back() {
        givenCompletionsOn(UTC, days(D1, 7));
        givenCompletionsOn(UTC, D1.plusDays(8));
        assertThat(Streaks.walk(days).summary().freezes()).isZero();

        givenCompletionsOn(UTC, D1.plusDays(7));

        assertThat(Streaks.walk(days).summary()).isEqualTo(new StreakSummary(9, 9, 1, D1.plusDays(8), UTC));
    }

    @Test
    void a_zone_change_after_the_completions_never_breaks_the_streak() {
        // Tokyo learner: Mar 10 01:00 and Mar 11 23:00 local, dated in Tokyo whatever zone they pick later
        days.add(StreakDay.of(LocalDateTime.of(2026, 3, 10, 1, 0).atZone(TOKYO).toInstant(), TOKYO));
        days.add(StreakDay.of(LocalDateTime.of(2026, 3, 11, 23, 0).atZone(TOKYO).toInstant(), TOKYO));
        Instant nextMorningInLa = LocalDateTime.of(2026, 3, 12, 8, 0).atZone(LOS_ANGELES).toInstant();

        assertThat(Streaks.of(days, LOS_ANGELES, nextMorningInLa).current()).isEqualTo(2);
    }

    @Test
    void moving_east_a_day_that_began_while_counting_in_the_west_is_not_missed() {
        givenCompletionsOn(LOS_ANGELES, D1); // D1 10:00 in Los Angeles
        // the next evening in Los Angeles is already the day after next in Tokyo
        days.add(StreakDay.of(at(D1.plusDays(1), 20, LOS_ANGELES), TOKYO));

        StreakSummary summary = Streaks.walk(days).summary();

        assertThat(summary.current()).isEqualTo(2);
        assertThat(summary.lastDay()).isEqualTo(D1.plusDays(2));
    }

    @Test
    void moving_west_alone_never_breaks_the_streak() {
        givenCompletionsOn(TOKYO, D1);
        days.add(StreakDay.of(at(D1.plusDays(1), 10, LOS_ANGELES), LOS_ANGELES));

        assertThat(Streaks.walk(days).summary().current()).isEqualTo(2);
    }

    @Test
    void read_today_after_moving_east_the_day_not_yet_over_where_it_was_counted_is_not_missed() {
        givenCompletionsOn(LOS_ANGELES, D1);
        // D1+2 01:00 in Tokyo is still D1+1 in Los Angeles
        Instant now = LocalDateTime.of(D1.plusDays(2), LocalTime.of(1, 0)).atZone(TOKYO).toInstant();

        assertThat(Streaks.of(days, TOKYO, now).current()).isEqualTo(1);
    }

    @Test
    void dst_days_of_23_and_25_hours_are_one_day_each() {
        ZoneId newYork = ZoneId.of("America/New_York");
        LocalDate dstStart = LocalDate.of(2026, 3, 8);
        days.add(StreakDay.of(at(dstStart.minusDays(1), 12, newYork), newYork));
        days.add(StreakDay.of(at(dstStart, 0, newYork).plusSeconds(1800), newYork));
        days.add(StreakDay.of(at(dstStart, 23, newYork).plusSeconds(1800), newYork));
        days.add(StreakDay.of(at(dstStart.plusDays(1), 0, newYork).plusSeconds(60), newYork));

        assertThat(Streaks.walk(days).summary().current()).isEqualTo(3);
    }

    @Test
    void read_today_the_streak_is_current_when_the_learner_learned_today_or_yesterday() {
        givenCompletionsOn(UTC, D1, D1.plusDays(1));

        assertThat(Streaks.of(days, UTC, at(D1.plusDays(1), 22, UTC))).isEqualTo(new StreakToday(2, 2, 0, D1.plusDays(1)));
        assertThat(Streaks.of(days, UTC, at(D1.plusDays(2), 22, UTC))).isEqualTo(new StreakToday(2, 2, 0, D1.plusDays(1)));
    }

    @Test
    void a_learner_away_reads_the_streak_kept_by_freezes_with_the_freezes_spent_then_zero() {
        givenCompletionsOn(UTC, days(D1, 14));
        LocalDate last = D1.plusDays(13);

        assertThat(Streaks.of(days, UTC, at(last.plusDays(2), 12, UTC))).isEqualTo(new StreakToday(14, 14, 1, last));
        assertThat(Streaks.of(days, UTC, at(last.plusDays(3), 12, UTC))).isEqualTo(new StreakToday(14, 14, 0, last));
        assertThat(Streaks.of(days, UTC, at(last.plusDays(4), 12, UTC))).isEqualTo(new StreakToday(0, 14, 0, last));
    }

    @Test
    void two_freezes_and_two_missed_days_leave_none() {
        givenCompletionsOn(UTC, days(D1, 14));
        LocalDate last = D1.plusDays(13);

        assertThat(Streaks.of(days, UTC, at(last.plusDays(3), 12, UTC)).freezesAvailable()).isZero();
    }

    @Test
    void read_today_uses_the_learners_zone() {
        ZoneId auckland = ZoneId.of("Pacific/Auckland");
        givenCompletionsOn(auckland, D1);
        // 2026-11-03T12:00Z is 2026-11-04 01:00 in Auckland: D1+1 was missed there
        assertThat(Streaks.of(days, auckland, Instant.parse("2026-11-03T12:00:00Z")).current()).isZero();
    }

    private void givenCompletionsOn(ZoneId zone, LocalDate... dates) {
        for (LocalDate date : dates) {
            days.add(StreakDay.of(at(date, 10, zone), zone));
        }
    }

    static LocalDate[] days(LocalDate first, int count) {
        LocalDate[] dates = new LocalDate[count];
        for (int i = 0; i < count; i++) {
            dates[i] = first.plusDays(i);
        }
        return dates;
    }

    static Instant at(LocalDate day, int hour, ZoneId zone) {
        return LocalDateTime.of(day, LocalTime.of(hour, 0)).atZone(zone).toInstant();
    }
}
