package academy.projector.leaderboard.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DisplayNamesTest {

    @Test
    void aLearnerGetsTheSameAnonymousLabelEveryTimeAndNeverTheirId() {
        DisplayNames names = new DisplayNames("a deployment secret");

        String label = names.of(279_058_397L);

        assertThat(label).matches("Learner #[0-9a-f]{6}").doesNotContain("279058397");
        assertThat(names.of(279_058_397L)).isEqualTo(label);
        assertThat(names.of(279_058_398L)).isNotEqualTo(label);
    }

    @Test
    void anotherSecretGivesOtherLabels() {
        assertThat(new DisplayNames("one").of(42)).isNotEqualTo(new DisplayNames("two").of(42));
    }
}
