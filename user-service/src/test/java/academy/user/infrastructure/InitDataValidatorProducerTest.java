package academy.user.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import academy.user.domain.InitDataRejected;
import academy.user.domain.ThirdPartyInitDataValidator;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Each deployment picks its check by configuration; the published keys are the defaults. */
class InitDataValidatorProducerTest {

    static final String SAMPLE = academy.user.domain.ThirdPartyInitDataValidatorTest.SAMPLE;

    @Test
    void public_key_mode_validates_telegrams_signature_without_a_bot_token() {
        InitDataValidatorProducer producer = producer("public-key", Optional.empty(), "production");

        assertThat(producer.validator().validate(SAMPLE, Instant.now()).userJson()).contains("279058397");
    }

    @Test
    void public_key_mode_for_the_test_environment_uses_the_test_key() {
        InitDataValidatorProducer producer = producer("public-key", Optional.empty(), "test");

        assertThatThrownBy(() -> producer.validator().validate(SAMPLE, Instant.now()))
                .isInstanceOf(InitDataRejected.class);
    }

    @Test
    void bot_token_mode_refuses_data_that_only_telegrams_signature_proves() {
        InitDataValidatorProducer producer = producer("bot-token", Optional.of("7342037359:not-the-real-token"), "production");

        assertThatThrownBy(() -> producer.validator().validate(SAMPLE, Instant.now()))
                .isInstanceOf(InitDataRejected.class);
    }

    @Test
    void an_unknown_mode_is_a_configuration_error() {
        assertThatThrownBy(() -> producer("both", Optional.empty(), "production")).isInstanceOf(IllegalStateException.class);
    }

    private static InitDataValidatorProducer producer(String mode, Optional<String> token, String environment) {
        return new InitDataValidatorProducer(mode, token, Optional.of(7342037359L), environment,
                ThirdPartyInitDataValidator.PRODUCTION_KEY, ThirdPartyInitDataValidator.TEST_KEY, Duration.ZERO);
    }
}
