package academy.refusal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class RefusalTest {

    @Test
    void an_invalid_request_reads_as_its_one_field_or_as_a_count() {
        assertThat(RefusedException.invalid("title", "must not be blank").getMessage()).isEqualTo("must not be blank");
        assertThat(new Refusal.Invalid(List.of(new FieldRefusal("a", "x"), new FieldRefusal("b", "y"))).detail())
                .isEqualTo("2 fields are invalid");
    }

    @Test
    void an_invalid_request_names_at_least_one_field() {
        assertThatThrownBy(() -> new Refusal.Invalid(List.of())).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void the_exception_carries_its_refusal() {
        RefusedException refused = RefusedException.forbidden("locked");
        assertThat(refused.refusal()).isEqualTo(new Refusal.Forbidden("locked"));
        assertThat(refused.getStackTrace()).isEmpty();
    }
}
