package academy.user.domain;

import academy.rules.StreakDay;
import java.util.HashSet;
import java.util.Set;

/**
 * The user stream folded: registration, settings that are not personal data, the zones over time
 * and the days counted for the streak (every StreakExtended's day, in the zone that dated it).
 *
 * @param erased true after UserErased until the next registration-worthy login re-creates a profile
 */
public record UserState(boolean registered, boolean erased, String timeZone, String languageCode, ZoneTimeline zones,
                        Set<StreakDay> streakDays) {

    public static final String DEFAULT_TIME_ZONE = "UTC";

    public UserState {
        streakDays = Set.copyOf(streakDays);
    }

    public static UserState initial() {
        return new UserState(false, false, DEFAULT_TIME_ZONE, null, ZoneTimeline.UTC_ONLY, Set.of());
    }

    public UserState evolve(UserEvent event) {
        if (event instanceof UserRegistered) {
            return new UserState(true, false, timeZone, languageCode, zones, streakDays);
        }
        if (event instanceof ProfileUpdated updated) {
            String zone = updated.timeZone() == null ? timeZone : updated.timeZone();
            ZoneTimeline timeline = zone.equals(timeZone) ? zones : zones.changedTo(zone, updated.updatedAt());
            return new UserState(registered, erased, zone, updated.languageCode(), timeline, streakDays);
        }
        if (event instanceof UserErased) {
            return new UserState(registered, true, timeZone, languageCode, zones, streakDays);
        }
        if (event instanceof StreakExtended extended && extended.day() != null) {
            Set<StreakDay> counted = new HashSet<>(streakDays);
            counted.add(new StreakDay(extended.day(), ZoneTimeline.zoneOf(extended.timeZone())));
            return new UserState(registered, erased, timeZone, languageCode, zones, counted);
        }
        // StreakFreezeUsed / StreakReset / StreakFreezeEarned record decisions; the days decide the streak.
        return this;
    }
}
