package academy.user.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TokenIssuerTest {

    @Test
    void admin_ids_are_parsed_from_a_comma_separated_list() {
        assertThat(TokenIssuer.parseIds(" 1, 7012345678901 ,x,,42")).containsExactlyInAnyOrder(1L, 7012345678901L, 42L);
        assertThat(TokenIssuer.parseIds("")).isEmpty();
    }

    @Test
    void every_user_is_a_learner_and_listed_ids_are_admins() {
        TokenIssuer issuer = new TokenIssuer(Optional.empty(), "k1", Duration.ofHours(1), Optional.of("42"));

        assertThat(issuer.groupsOf(7)).containsExactly("learner");
        assertThat(issuer.groupsOf(42)).containsExactly("learner", "admin");
        assertThat(issuer.ready()).isFalse();
    }
}
