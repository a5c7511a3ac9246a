package academy.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Property: the streak is a function of the SET of completions, so arrival order never matters.
 * Random completions (mostly one zone, sometimes others) over 90 days, each set checked in many
 * random orders; seeded, so a failure names the seed that reproduces it.
 */
class StreakArrivalOrderTest {

    static final Instant START = Instant.parse("2026-01-01T00:00:00Z");
    static final List<ZoneId> ZONES = List.of(ZoneId.of("UTC"), ZoneId.of("Asia/Tokyo"),
            ZoneId.of("America/Los_Angeles"), ZoneId.of("Pacific/Kiritimati"), ZoneId.of("Pacific/Pago_Pago"),
            ZoneId.of("Europe/Berlin"));
    static final int SETS = 300;
    static final int ORDERS = 10;

    @Test
    void any_permutation_of_the_same_completions_gives_the_same_streak() {
        for (long seed = 1; seed <= SETS; seed++) {
            Random random = new Random(seed);
            List<StreakDay> completions = completions(random);
            StreakWalk expected = Streaks.walk(completions);
            Instant now = START.plusSeconds(86_400L * random.nextInt(120));
            ZoneId zoneNow = ZONES.get(random.nextInt(ZONES.size()));
            StreakToday expectedToday = Streaks.of(completions, zoneNow, now);
            for (int order = 0; order < ORDERS; order++) {
                List<StreakDay> shuffled = new ArrayList<>(completions);
                Collections.shuffle(shuffled, random);

                assertThat(Streaks.walk(shuffled)).as("seed %d", seed).isEqualTo(expected);
                assertThat(Streaks.of(shuffled, zoneNow, now)).as("seed %d", seed).isEqualTo(expectedToday);
            }
        }
    }

    @Test
    void a_completion_added_late_never_shortens_the_longest_streak() {
        for (long seed = 1; seed <= SETS; seed++) {
            Random random = new Random(seed);
            List<StreakDay> completions = completions(random);
            List<StreakDay> more = new ArrayList<>(completions);
            more.add(completion(random));

            assertThat(Streaks.walk(more).summary().longest()).as("seed %d", seed)
                    .isGreaterThanOrEqualTo(Streaks.walk(completions).summary().longest());
        }
    }

    private static List<StreakDay> completions(Random random) {
        int count = random.nextInt(61);
        List<StreakDay> completions = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            completions.add(completion(random));
        }
        return completions;
    }

    private static StreakDay completion(Random random) {
        ZoneId zone = random.nextInt(10) < 8 ? ZONES.get(0) : ZONES.get(random.nextInt(ZONES.size()));
        return StreakDay.of(START.plusSeconds((long) (random.nextDouble() * 86_400L * 90)), zone);
    }
}
