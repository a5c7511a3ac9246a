package academy.user.domain;

import static org.assertj.core.api.Assertions.assertThat;

import academy.user.domain.UserCommand.CountCompletion;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class StreakRulesTest {

    static final long USER = 279058397L;
    static final LocalDate D1 = LocalDate.of(2026, 11, 2);

    final List<UserEvent> history = new ArrayList<>();

    @Test
    void first_completion_starts_the_streak_at_one() {
        List<UserEvent> events = when(at(D1, 10, "UTC"), src(1));

        assertThat(events).containsExactly(new StreakExtended(USER, D1, "UTC", 1, 1, src(1)));
    }

    @Test
    void consecutive_days_extend_the_streak() {
        givenCompletionsOn(D1, D1.plusDays(1));

        List<UserEvent> events = when(at(D1.plusDays(2), 10, "UTC"), src(9));

        assertThat(events).containsExactly(new StreakExtended(USER, D1.plusDays(2), "UTC", 3, 3, src(9)));
    }

    @Test
    void the_same_day_twice_changes_nothing() {
        givenCompletionsOn(D1);

        assertThat(when(at(D1, 23, "UTC"), src(2))).isEmpty();
    }

    @Test
    void the_same_event_twice_changes_nothing() {
        given(when(at(D1, 10, "UTC"), src(1)));

        assertThat(when(at(D1, 10, "UTC"), src(1))).isEmpty();
    }

    @Test
    void a_gap_without_freezes_resets_and_the_completion_starts_again_at_one() {
        givenCompletionsOn(D1, D1.plusDays(1), D1.plusDays(2));

        List<UserEvent> events = when(at(D1.plusDays(5), 10, "UTC"), src(9));

        assertThat(events).containsExactly(
                new StreakReset(USER, D1.plusDays(3), 3),
                new StreakExtended(USER, D1.plusDays(5), "UTC", 1, 3, src(9)));
    }

    @Test
    void a_seven_day_milestone_earns_a_freeze() {
        givenCompletionsOn(days(D1, 6));

        List<UserEvent> events = when(at(D1.plusDays(6), 10, "UTC"), src(9));

        assertThat(events).containsExactly(
                new StreakExtended(USER, D1.plusDays(6), "UTC", 7, 7, src(9)),
                new StreakFreezeEarned(USER, D1.plusDays(6), 7, 1));
    }

    @Test
    void at_most_two_freezes_are_equipped() {
        givenCompletionsOn(days(D1, 20));
        assertThat(state().streak().freezes()).isEqualTo(2);

        List<UserEvent> events = when(at(D1.plusDays(20), 10, "UTC"), src(9));

        assertThat(events).containsExactly(new StreakExtended(USER, D1.plusDays(20), "UTC", 21, 21, src(9)));
        assertThat(state().streak().freezes()).isEqualTo(2);
    }

    @Test
    void a_missed_day_uses_a_freeze_and_the_streak_goes_on() {
        givenCompletionsOn(days(D1, 7));

        List<UserEvent> events = when(at(D1.plusDays(8), 10, "UTC"), src(9));

        assertThat(events).containsExactly(
                new StreakFreezeUsed(USER, D1.plusDays(7), 0),
                new StreakExtended(USER, D1.plusDays(8), "UTC", 8, 8, src(9)));
    }

    @Test
    void two_missed_days_use_two_freezes() {
        givenCompletionsOn(days(D1, 14));

        List<UserEvent> events = when(at(D1.plusDays(16), 10, "UTC"), src(9));

        assertThat(events).containsExactly(
                new StreakFreezeUsed(USER, D1.plusDays(14), 1),
                new StreakFreezeUsed(USER, D1.plusDays(15), 0),
                new StreakExtended(USER, D1.plusDays(16), "UTC", 15, 15, src(9)));
    }

    @Test
    void more_missed_days_than_freezes_spend_them_then_reset_keeping_the_longest() {
        givenCompletionsOn(days(D1, 9));

        List<UserEvent> events = when(at(D1.plusDays(12), 10, "UTC"), src(9));

        assertThat(events).containsExactly(
                new StreakFreezeUsed(USER, D1.plusDays(9), 0),
                new StreakReset(USER, D1.plusDays(10), 9),
                new StreakExtended(USER, D1.plusDays(12), "UTC", 1, 9, src(9)));
        given(events);
        assertThat(state().streak()).extracting(Streak::current, Streak::longest, Streak::freezes).containsExactly(1, 9, 0);
    }

    @Test
    void a_late_arriving_completion_counts_for_the_local_day_of_completed_at() {
        givenCompletionsOn(D1);
        // completed at 23:59 on D1+1, processed after midnight: still D1+1
        Instant lateEvening = at(D1.plusDays(1), 23, "UTC").plusSeconds(59 * 60);

        assertThat(when(lateEvening, src(9)))
                .containsExactly(new StreakExtended(USER, D1.plusDays(1), "UTC", 2, 2, src(9)));
    }

    @Test
    void a_completion_for_a_day_before_the_last_active_day_changes_nothing() {
        givenCompletionsOn(D1, D1.plusDays(1), D1.plusDays(2));

        assertThat(when(at(D1.plusDays(1), 12, "UTC"), src(9))).isEmpty();
    }

    @Test
    void a_late_completion_for_a_day_a_freeze_covered_changes_nothing() {
        givenCompletionsOn(days(D1, 7));
        given(when(at(D1.plusDays(8), 10, "UTC"), src(8)));
        Streak before = state().streak();

        assertThat(when(at(D1.plusDays(7), 12, "UTC"), src(9))).isEmpty();
        assertThat(state().streak()).isEqualTo(before);
    }

    @Test
    void the_day_is_the_learners_local_day_not_the_servers() {
        given(new ProfileUpdated(USER, List.of("timeZone"), "Asia/Tokyo", null, Instant.EPOCH));
        givenCompletionsOn(D1); // D1 10:00 Tokyo
        // 2026-11-02T20:00Z is already 2026-11-03 05:00 in Tokyo
        Instant utcEvening = Instant.parse("2026-11-02T20:00:00Z");

        assertThat(when(utcEvening, src(9)))
                .containsExactly(new StreakExtended(USER, D1.plusDays(1), "Asia/Tokyo", 2, 2, src(9)));
    }

    @Test
    void a_zone_change_eastwards_alone_never_breaks_the_streak() {
        given(new ProfileUpdated(USER, List.of("timeZone"), "America/Los_Angeles", null, Instant.EPOCH));
        givenCompletionsOn(D1); // D1 10:00 in Los Angeles
        given(new ProfileUpdated(USER, List.of("timeZone"), "Asia/Tokyo", null, Instant.EPOCH));
        // the next evening in Los Angeles is already the day after next in Tokyo
        Instant nextEveningInLa = at(D1.plusDays(1), 20, "America/Los_Angeles");

        assertThat(when(nextEveningInLa, src(9)))
                .containsExactly(new StreakExtended(USER, D1.plusDays(2), "Asia/Tokyo", 2, 2, src(9)));
    }

    @Test
    void a_zone_change_westwards_alone_never_breaks_the_streak() {
        given(new ProfileUpdated(USER, List.of("timeZone"), "Asia/Tokyo", null, Instant.EPOCH));
        givenCompletionsOn(D1);
        given(new ProfileUpdated(USER, List.of("timeZone"), "America/Los_Angeles", null, Instant.EPOCH));

        List<UserEvent> events = when(at(D1.plusDays(1), 10, "America/Los_Angeles"), src(9));

        assertThat(events).containsExactly(
                new StreakExtended(USER, D1.plusDays(1), "America/Los_Angeles", 2, 2, src(9)));
    }

    @Test
    void dst_start_in_new_york_is_one_day_of_23_hours() {
        LocalDate before = LocalDate.of(2026, 3, 7);
        LocalDate dstDay = LocalDate.of(2026, 3, 8);
        givenZone("America/New_York");
        givenCompletionsOn("America/New_York", before);
        given(when(at(dstDay, 0, "America/New_York").plusSeconds(1800), src(5)));

        assertThat(when(at(dstDay, 23, "America/New_York").plusSeconds(1800), src(6))).isEmpty();
        assertThat(when(at(dstDay.plusDays(1), 0, "America/New_York").plusSeconds(60), src(7)))
                .containsExactly(new StreakExtended(USER, dstDay.plusDays(1), "America/New_York", 3, 3, src(7)));
    }

    @Test
    void dst_end_in_berlin_is_one_day_of_25_hours() {
        LocalDate dstEnd = LocalDate.of(2026, 10, 25);
        givenZone("Europe/Berlin");
        givenCompletionsOn("Europe/Berlin", dstEnd.minusDays(1));
        given(when(at(dstEnd, 0, "Europe/Berlin").plusSeconds(600), src(5)));

        assertThat(when(at(dstEnd, 23, "Europe/Berlin").plusSeconds(3000), src(6))).isEmpty();
        assertThat(when(at(dstEnd.plusDays(1), 0, "Europe/Berlin").plusSeconds(600), src(7)))
                .containsExactly(new StreakExtended(USER, dstEnd.plusDays(1), "Europe/Berlin", 3, 3, src(7)));
    }

    @Test
    void read_today_the_streak_is_current_when_the_learner_learned_today_or_yesterday() {
        givenCompletionsOn(D1, D1.plusDays(1));

        assertThat(view(at(D1.plusDays(1), 22, "UTC"))).isEqualTo(new StreakView(2, 2, 0, D1.plusDays(1)));
        assertThat(view(at(D1.plusDays(2), 22, "UTC"))).isEqualTo(new StreakView(2, 2, 0, D1.plusDays(1)));
    }

    @Test
    void a_learner_away_two_weeks_reads_zero_not_a_stale_streak() {
        givenCompletionsOn(days(D1, 5));

        assertThat(view(at(D1.plusDays(4 + 14), 12, "UTC"))).isEqualTo(new StreakView(0, 5, 0, D1.plusDays(4)));
    }

    @Test
    void a_learner_away_reads_the_streak_kept_by_freezes_with_the_freezes_spent() {
        givenCompletionsOn(days(D1, 14));
        LocalDate last = D1.plusDays(13);

        assertThat(view(at(last.plusDays(2), 12, "UTC"))).isEqualTo(new StreakView(14, 14, 1, last));
        assertThat(view(at(last.plusDays(3), 12, "UTC"))).isEqualTo(new StreakView(14, 14, 0, last));
        assertThat(view(at(last.plusDays(4), 12, "UTC"))).isEqualTo(new StreakView(0, 14, 0, last));
    }

    @Test
    void read_today_uses_the_learners_zone() {
        givenZone("Pacific/Auckland");
        givenCompletionsOn("Pacific/Auckland", D1);
        // 2026-11-03T12:00Z is 2026-11-04 01:00 in Auckland: D1+1 was missed there
        assertThat(view(Instant.parse("2026-11-03T12:00:00Z")).current()).isZero();
    }

    @Test
    void nobody_who_never_learned_has_a_streak() {
        assertThat(view(at(D1, 12, "UTC"))).isEqualTo(new StreakView(0, 0, 0, null));
    }

    private void givenZone(String zone) {
        given(new ProfileUpdated(USER, List.of("timeZone"), zone, null, Instant.EPOCH));
    }

    private void givenCompletionsOn(LocalDate... days) {
        givenCompletionsOn(state().timeZone(), days);
    }

    private void givenCompletionsOn(String zone, LocalDate... days) {
        for (LocalDate day : days) {
            given(when(at(day, 10, zone), UUID.randomUUID()));
        }
    }

    private static LocalDate[] days(LocalDate first, int count) {
        LocalDate[] days = new LocalDate[count];
        for (int i = 0; i < count; i++) {
            days[i] = first.plusDays(i);
        }
        return days;
    }

    private void given(UserEvent... events) {
        given(List.of(events));
    }

    private void given(List<UserEvent> events) {
        history.addAll(events);
    }

    private UserState state() {
        UserState state = UserState.initial();
        for (UserEvent event : history) {
            state = UserDecider.evolve(state, event);
        }
        return state;
    }

    private List<UserEvent> when(Instant completedAt, UUID source) {
        return UserDecider.decide(new CountCompletion(USER, completedAt, source), state());
    }

    private StreakView view(Instant now) {
        UserState state = state();
        return StreakRules.asOf(state.streak(), state.timeZone(), now);
    }

    private static Instant at(LocalDate day, int hour, String zone) {
        return LocalDateTime.of(day, java.time.LocalTime.of(hour, 0)).atZone(ZoneId.of(zone)).toInstant();
    }

    private static UUID src(int n) {
        return new UUID(0, n);
    }
}
