package academy.edge.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.junit.jupiter.api.Test;

class VerifiedTokensTest {

    private static final long START_MILLIS = 1_800_000_000_000L;

    private final AtomicLong wallMillis = new AtomicLong(START_MILLIS);
    private final AtomicLong tickerNanos = new AtomicLong();
    private final VerifiedTokens tokens = new VerifiedTokens(3, Duration.ofMinutes(5), wallMillis::get, tickerNanos::get);

    @Test
    void a_verified_token_is_remembered_until_just_before_its_exp() {
        JsonWebToken token = expiringIn(Duration.ofSeconds(30));
        tokens.put("t", token);

        advance(Duration.ofSeconds(29).plusMillis(999));

        assertThat(tokens.get("t")).isSameAs(token);
    }

    @Test
    void at_its_exp_a_token_is_never_served_even_before_the_cache_evicted_it() {
        JsonWebToken token = expiringIn(Duration.ofSeconds(30));
        tokens.put("t", token);

        // The wall clock reached exp while the cache's own clock lags behind: still a miss.
        wallMillis.addAndGet(30_000);

        assertThat(tokens.get("t")).isNull();
    }

    @Test
    void the_cache_drops_the_entry_itself_when_exp_passes() {
        tokens.put("t", expiringIn(Duration.ofSeconds(30)));

        advance(Duration.ofSeconds(31));

        assertThat(tokens.size()).isZero();
    }

    @Test
    void a_long_lived_token_is_verified_again_after_the_maximum_age() {
        tokens.put("t", expiringIn(Duration.ofHours(1)));

        advance(Duration.ofMinutes(5).plusSeconds(1));

        assertThat(tokens.get("t")).isNull();
    }

    @Test
    void tokens_already_expired_or_without_exp_are_not_kept() {
        tokens.put("old", expiringIn(Duration.ofSeconds(-1)));
        tokens.put("none", token(0));

        assertThat(tokens.get("old")).isNull();
        assertThat(tokens.get("none")).isNull();
    }

    @Test
    void the_cache_is_bounded() {
        for (int i = 0; i < 10; i++) {
            tokens.put("t" + i, expiringIn(Duration.ofHours(1)));
        }

        assertThat(tokens.size()).isLessThanOrEqualTo(3);
    }

    private void advance(Duration by) {
        wallMillis.addAndGet(by.toMillis());
        tickerNanos.addAndGet(by.toNanos());
    }

    private JsonWebToken expiringIn(Duration in) {
        return token(TimeUnit.MILLISECONDS.toSeconds(wallMillis.get()) + in.toSeconds());
    }

    private static JsonWebToken token(long exp) {
        Map<String, Object> claims = exp == 0 ? Map.of("sub", "42") : Map.of("sub", "42", "exp", exp);
        return new JsonWebToken() {
            @Override
            public String getName() {
                return "42";
            }

            @Override
            public Set<String> getClaimNames() {
                return claims.keySet();
            }

            @Override
            @SuppressWarnings("unchecked")
            public <T> T getClaim(String name) {
                return (T) claims.get(name);
            }
        };
    }
}
