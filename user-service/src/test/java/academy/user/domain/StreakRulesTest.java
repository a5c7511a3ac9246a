package academy.user.domain;

import static org.assertj.core.api.Assertions.assertThat;

import academy.rules.StreakToday;
import academy.user.domain.UserCommand.CountCompletion;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The user stream's streak: completions arrive through the feed in any order, each dated in the
 * zone in force at its completedAt; the walk itself is tested in learning-rules.
 */
class StreakRulesTest {

    static final long USER = 279058397L;
    static final LocalDate D1 = LocalDate.of(2026, 11, 2);
    static final ZoneId UTC = ZoneId.of("UTC");

    final List<UserEvent> history = new ArrayList<>();

    @Test
    void first_completion_starts_the_streak_at_one() {
        List<UserEvent> events = arrives(at(D1, 10, "UTC"), src(1));

        assertThat(events).containsExactly(extended(D1, "UTC", 1, 1, src(1), D1, 0));
    }

    @Test
    void consecutive_days_extend_the_streak() {
        givenCompletionsOn(D1, D1.plusDays(1));

        List<UserEvent> events = arrives(at(D1.plusDays(2), 10, "UTC"), src(9));

        assertThat(events).containsExactly(extended(D1.plusDays(2), "UTC", 3, 3, src(9), D1.plusDays(2), 0));
    }

    @Test
    void the_same_day_twice_and_the_same_event_twice_change_nothing() {
        given(arrives(at(D1, 10, "UTC"), src(1)));

        assertThat(arrives(at(D1, 23, "UTC"), src(2))).isEmpty();
        assertThat(arrives(at(D1, 10, "UTC"), src(1))).isEmpty();
    }

    @Test
    void a_gap_without_freezes_resets_and_the_completion_starts_again_at_one() {
        givenCompletionsOn(D1, D1.plusDays(1), D1.plusDays(2));

        List<UserEvent> events = arrives(at(D1.plusDays(5), 10, "UTC"), src(9));

        assertThat(events).containsExactly(new StreakReset(USER, D1.plusDays(3), 3),
                extended(D1.plusDays(5), "UTC", 1, 3, src(9), D1.plusDays(5), 0));
    }

    @Test
    void a_seven_day_milestone_earns_a_freeze_before_the_extension_that_carries_it() {
        givenCompletionsOn(days(D1, 6));

        List<UserEvent> events = arrives(at(D1.plusDays(6), 10, "UTC"), src(9));

        assertThat(events).containsExactly(new StreakFreezeEarned(USER, D1.plusDays(6), 7, 1),
                extended(D1.plusDays(6), "UTC", 7, 7, src(9), D1.plusDays(6), 1));
    }

    @Test
    void a_missed_day_uses_a_freeze_and_the_streak_goes_on() {
        givenCompletionsOn(days(D1, 7));

        List<UserEvent> events = arrives(at(D1.plusDays(8), 10, "UTC"), src(9));

        assertThat(events).containsExactly(new StreakFreezeUsed(USER, D1.plusDays(7), 0),
                extended(D1.plusDays(8), "UTC", 8, 8, src(9), D1.plusDays(8), 0));
    }

    @Test
    void a_completion_arriving_after_a_later_one_repairs_the_streak() {
        givenCompletionsOn(D1);
        // 00:00:01 on D1+2 is processed first, 23:59:59 on D1+1 after it (retry back-off, clock skew)
        given(arrives(at(D1.plusDays(2), 0, "UTC").plusSeconds(1), src(2)));
        assertThat(view(at(D1.plusDays(2), 12, "UTC")).current()).isEqualTo(1);

        List<UserEvent> late = arrives(at(D1.plusDays(2), 0, "UTC").minusSeconds(1), src(3));

        assertThat(late).containsExactly(extended(D1.plusDays(1), "UTC", 3, 3, src(3), D1.plusDays(2), 0));
        given(late);
        assertThat(view(at(D1.plusDays(2), 12, "UTC"))).isEqualTo(new StreakToday(3, 3, 0, D1.plusDays(2)));
    }

    @Test
    void the_same_completions_in_any_arrival_order_read_the_same_streak() {
        List<Instant> completions = List.of(at(D1, 10, "UTC"), at(D1.plusDays(1), 23, "UTC"),
                at(D1.plusDays(3), 1, "UTC"), at(D1.plusDays(4), 9, "UTC"), at(D1.plusDays(2), 12, "UTC"));
        for (Instant completion : completions) {
            given(arrives(completion, UUID.randomUUID()));
        }
        StreakToday inThatOrder = view(at(D1.plusDays(4), 20, "UTC"));
        history.clear();
        List<Instant> reversed = new ArrayList<>(completions);
        java.util.Collections.reverse(reversed);
        for (Instant completion : reversed) {
            given(arrives(completion, UUID.randomUUID()));
        }

        assertThat(view(at(D1.plusDays(4), 20, "UTC"))).isEqualTo(inThatOrder).isEqualTo(new StreakToday(5, 5, 0, D1.plusDays(4)));
    }

    @Test
    void a_late_completion_for_a_frozen_day_gives_the_freeze_back() {
        givenCompletionsOn(days(D1, 7));
        given(arrives(at(D1.plusDays(8), 10, "UTC"), src(8)));

        List<UserEvent> late = arrives(at(D1.plusDays(7), 12, "UTC"), src(9));

        assertThat(late).containsExactly(extended(D1.plusDays(7), "UTC", 9, 9, src(9), D1.plusDays(8), 1));
    }

    @Test
    void the_day_is_the_learners_local_day_not_the_servers() {
        givenZone("Asia/Tokyo", Instant.EPOCH);
        // 2026-11-02T20:00Z is already 2026-11-03 05:00 in Tokyo
        List<UserEvent> events = arrives(Instant.parse("2026-11-02T20:00:00Z"), src(9));

        assertThat(events).containsExactly(extended(D1.plusDays(1), "Asia/Tokyo", 1, 1, src(9), D1.plusDays(1), 0));
    }

    @Test
    void a_zone_change_made_after_the_completions_but_before_they_are_processed_dates_nothing() {
        LocalDate mar10 = LocalDate.of(2026, 3, 10);
        givenZone("Asia/Tokyo", Instant.EPOCH);
        Instant first = at(mar10, 1, "Asia/Tokyo");
        Instant second = at(mar10.plusDays(1), 23, "Asia/Tokyo");
        // feed lag: the switch to Los Angeles is in the stream before the reaction sees either completion
        givenZone("America/Los_Angeles", second.plusSeconds(600));

        given(arrives(first, src(1)));
        List<UserEvent> events = arrives(second, src(2));

        assertThat(events).containsExactly(extended(mar10.plusDays(1), "Asia/Tokyo", 2, 2, src(2), mar10.plusDays(1), 0));
        given(events);
        assertThat(view(second.plusSeconds(3600)).current()).isEqualTo(2);
    }

    @Test
    void a_zone_change_eastwards_alone_never_breaks_the_streak() {
        givenZone("America/Los_Angeles", Instant.EPOCH);
        givenCompletionsOn(D1); // D1 10:00 in Los Angeles
        givenZone("Asia/Tokyo", at(D1, 12, "America/Los_Angeles"));
        // the next evening in Los Angeles is already the day after next in Tokyo
        Instant nextEveningInLa = at(D1.plusDays(1), 20, "America/Los_Angeles");

        assertThat(arrives(nextEveningInLa, src(9)))
                .containsExactly(extended(D1.plusDays(2), "Asia/Tokyo", 2, 2, src(9), D1.plusDays(2), 0));
    }

    @Test
    void a_learner_away_reads_the_streak_kept_by_freezes_with_the_freezes_spent() {
        givenCompletionsOn(days(D1, 14));
        LocalDate last = D1.plusDays(13);

        assertThat(view(at(last.plusDays(2), 12, "UTC"))).isEqualTo(new StreakToday(14, 14, 1, last));
        assertThat(view(at(last.plusDays(3), 12, "UTC"))).isEqualTo(new StreakToday(14, 14, 0, last));
        assertThat(view(at(last.plusDays(4), 12, "UTC"))).isEqualTo(new StreakToday(0, 14, 0, last));
    }

    @Test
    void nobody_who_never_learned_has_a_streak() {
        assertThat(view(at(D1, 12, "UTC"))).isEqualTo(new StreakToday(0, 0, 0, null));
    }

    private StreakExtended extended(LocalDate day, String zone, int current, int longest, UUID source,
                                    LocalDate lastDay, int freezes) {
        return new StreakExtended(USER, day, zone, current, longest, source, lastDay, zone, freezes);
    }

    private void givenZone(String zone, Instant at) {
        given(List.of(new ProfileUpdated(USER, List.of("timeZone"), zone, null, at)));
    }

    private void givenCompletionsOn(LocalDate... days) {
        for (LocalDate day : days) {
            given(arrives(at(day, 10, state().timeZone()), UUID.randomUUID()));
        }
    }

    private static LocalDate[] days(LocalDate first, int count) {
        LocalDate[] days = new LocalDate[count];
        for (int i = 0; i < count; i++) {
            days[i] = first.plusDays(i);
        }
        return days;
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

    /** The reaction's decision when this completion is the next one the feed delivers. */
    private List<UserEvent> arrives(Instant completedAt, UUID source) {
        return UserDecider.decide(new CountCompletion(USER, completedAt, source), state());
    }

    private StreakToday view(Instant now) {
        return StreakRules.asOf(state(), now);
    }

    private static Instant at(LocalDate day, int hour, String zone) {
        return LocalDateTime.of(day, LocalTime.of(hour, 0)).atZone(ZoneId.of(zone)).toInstant();
    }

    private static UUID src(int n) {
        return new UUID(0, n);
    }
}
