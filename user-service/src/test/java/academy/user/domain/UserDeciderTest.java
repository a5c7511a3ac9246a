package academy.user.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import academy.refusal.FieldRefusal;
import academy.refusal.Refusal;
import academy.refusal.RefusedException;
import academy.user.domain.UserCommand.ChangeProfile;
import academy.user.domain.UserCommand.Erase;
import academy.user.domain.UserCommand.RegisterOnLogin;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class UserDeciderTest {

    static final long USER = 7012345678901L;
    static final Instant NOW = Instant.parse("2026-11-27T09:05:00Z");

    @Test
    void the_first_login_registers() {
        assertThat(UserDecider.decide(new RegisterOnLogin(USER, NOW), UserState.initial()))
                .containsExactly(new UserRegistered(USER, NOW));
    }

    @Test
    void a_registered_user_is_not_registered_again() {
        UserState registered = given(new UserRegistered(USER, NOW));

        assertThat(UserDecider.decide(new RegisterOnLogin(USER, NOW.plusSeconds(60)), registered)).isEmpty();
    }

    @Test
    void changing_the_zone_and_language_records_both_and_the_state_follows() {
        UserState state = given(new UserRegistered(USER, NOW));

        List<UserEvent> events = UserDecider.decide(change("Europe/Berlin", "de", null, false), state);

        assertThat(events).containsExactly(
                new ProfileUpdated(USER, List.of("timeZone", "languageCode"), "Europe/Berlin", "de", NOW));
        UserState after = UserDecider.evolve(state, events.get(0));
        assertThat(after.timeZone()).isEqualTo("Europe/Berlin");
        assertThat(after.languageCode()).isEqualTo("de");
    }

    @Test
    void a_display_name_change_is_recorded_by_name_only() {
        UserState state = given(new UserRegistered(USER, NOW));

        List<UserEvent> events = UserDecider.decide(change(null, null, "Countess", true), state);

        assertThat(events).containsExactly(new ProfileUpdated(USER, List.of("displayName"), "UTC", null, NOW));
    }

    @Test
    void values_already_set_change_nothing() {
        UserState state = given(new UserRegistered(USER, NOW),
                new ProfileUpdated(USER, List.of("timeZone"), "Asia/Tokyo", "ja", NOW));

        assertThat(UserDecider.decide(change("Asia/Tokyo", "ja", "Same", false), state)).isEmpty();
    }

    @Test
    void an_unknown_or_offset_zone_is_refused_naming_time_zone() {
        for (String zone : List.of("Mars/Olympus", "+03:00", "Z", "europe/berlin", "")) {
            assertProblems(change(zone, null, null, false), "timeZone");
        }
    }

    @Test
    void iana_ids_including_utc_and_etc_zones_are_accepted() {
        for (String zone : List.of("UTC", "Etc/GMT+3", "America/New_York", "Pacific/Kiritimati")) {
            assertThat(UserDecider.decide(change(zone, null, null, false), UserState.initial())).as(zone).hasSizeLessThan(2);
        }
    }

    @Test
    void an_empty_change_is_refused_naming_body() {
        assertProblems(change(null, null, null, false), "body");
    }

    @Test
    void bad_language_tags_and_display_names_are_refused_naming_each() {
        assertProblems(change(null, "english please", "   ", true), "languageCode", "displayName");
        assertProblems(change(null, null, "x".repeat(65), true), "displayName");
        assertProblems(change(null, null, "bell\u0007", true), "displayName");
    }

    @Test
    void display_names_count_characters_not_bytes() {
        assertThat(UserDecider.decide(change(null, null, "🐱".repeat(64), true), UserState.initial())).hasSize(1);
    }

    @Test
    void erasing_appends_user_erased_once_until_personal_data_exists_again() {
        UserState registered = given(new UserRegistered(USER, NOW));
        List<UserEvent> erased = UserDecider.decide(new Erase(USER, true, NOW), registered);
        UserState after = UserDecider.evolve(registered, erased.get(0));

        assertThat(erased).containsExactly(new UserErased(USER, NOW));
        assertThat(UserDecider.decide(new Erase(USER, false, NOW), after)).isEmpty();
        assertThat(UserDecider.decide(new Erase(USER, true, NOW), after)).hasSize(1);
    }

    @Test
    void erasing_keeps_the_streak_and_zone() {
        UserState state = given(new UserRegistered(USER, NOW),
                new ProfileUpdated(USER, List.of("timeZone"), "Asia/Tokyo", null, NOW),
                new StreakExtended(USER, java.time.LocalDate.of(2026, 11, 27), "Asia/Tokyo", 1, 1, new java.util.UUID(0, 1),
                        java.time.LocalDate.of(2026, 11, 27), "Asia/Tokyo", 0),
                new UserErased(USER, NOW));

        assertThat(state.timeZone()).isEqualTo("Asia/Tokyo");
        assertThat(state.streakDays()).containsExactly(
                new academy.rules.StreakDay(java.time.LocalDate.of(2026, 11, 27), java.time.ZoneId.of("Asia/Tokyo")));
    }

    private static ChangeProfile change(String zone, String language, String displayName, boolean differs) {
        return new ChangeProfile(USER, zone, language, displayName, differs, NOW);
    }

    private static UserState given(UserEvent... events) {
        UserState state = UserState.initial();
        for (UserEvent event : events) {
            state = UserDecider.evolve(state, event);
        }
        return state;
    }

    private static void assertProblems(ChangeProfile change, String... fields) {
        assertThatThrownBy(() -> UserDecider.decide(change, UserState.initial()))
                .isInstanceOfSatisfying(RefusedException.class, e -> assertThat(((Refusal.Invalid) e.refusal()).fields())
                        .extracting(FieldRefusal::field)
                        .containsExactly(fields));
    }
}
