package academy.edge.readmodel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import academy.edge.problem.ProblemException;
import java.util.OptionalLong;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class AfterPositionTest {

    @ParameterizedTest
    @NullAndEmptySource
    void absentOrEmptyAsksForNoWait(String raw) {
        assertThat(AfterPosition.parse(raw)).isEmpty();
        assertThat(AfterPosition.asked(raw)).isFalse();
    }

    @ParameterizedTest
    @CsvSource({
            "0, 0",
            "7, 7",
            "42, 42",
            "007, 7",
            "9223372036854775807, 9223372036854775807",
    })
    void digitsThatFitInALongArePositions(String raw, long position) {
        assertThat(AfterPosition.parse(raw)).isEqualTo(OptionalLong.of(position));
        assertThat(AfterPosition.asked(raw)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "abc", "soon", "-1", "-0", "+5", " 5", "5 ", " ", "\t", "1.0", "1e3", "0x10", "1_000", "5a",
            "9223372036854775808", "99999999999999999999", "١٢", "５",
    })
    void anythingElseIsRefusedNamingAfter(String raw) {
        assertThatThrownBy(() -> AfterPosition.parse(raw)).isInstanceOfSatisfying(ProblemException.class, refused -> {
            assertThat(refused.status()).isEqualTo(422);
            assertThat(refused.toProblem().errors()).singleElement().satisfies(error -> assertThat(error.field()).isEqualTo("after"));
        });
    }
}
