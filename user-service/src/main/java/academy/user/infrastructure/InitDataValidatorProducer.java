package academy.user.infrastructure;

import academy.user.domain.InitDataCheck;
import academy.user.domain.InitDataValidator;
import academy.user.domain.ThirdPartyInitDataValidator;
import io.quarkus.runtime.LaunchMode;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Duration;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The init data check this deployment uses ({@code academy.telegram.validation}): {@code bot-token}
 * (HMAC with TELEGRAM_BOT_TOKEN, the token never leaves this class) or {@code public-key}
 * (third party: Telegram's Ed25519 signature for TELEGRAM_BOT_ID, with the production or test
 * environment's public key).
 */
@ApplicationScoped
public class InitDataValidatorProducer {

    static final String BOT_TOKEN = "bot-token";
    static final String PUBLIC_KEY = "public-key";

    private final String mode;
    private final InitDataCheck validator;

    public InitDataValidatorProducer(
            @ConfigProperty(name = "academy.telegram.validation", defaultValue = BOT_TOKEN) String mode,
            @ConfigProperty(name = "academy.telegram.bot-token") Optional<String> botToken,
            @ConfigProperty(name = "academy.telegram.bot-id") Optional<Long> botId,
            @ConfigProperty(name = "academy.telegram.environment", defaultValue = "production") String environment,
            @ConfigProperty(name = "academy.telegram.public-key.production",
                    defaultValue = ThirdPartyInitDataValidator.PRODUCTION_KEY) String productionKey,
            @ConfigProperty(name = "academy.telegram.public-key.test",
                    defaultValue = ThirdPartyInitDataValidator.TEST_KEY) String testKey,
            @ConfigProperty(name = "academy.telegram.max-age", defaultValue = "PT24H") Duration maxAge) {
        this.mode = mode.trim().toLowerCase(java.util.Locale.ROOT);
        if (PUBLIC_KEY.equals(this.mode)) {
            String key = "test".equalsIgnoreCase(environment.trim()) ? testKey : productionKey;
            this.validator = botId.filter(id -> id > 0)
                    .<InitDataCheck>map(id -> new ThirdPartyInitDataValidator(id, key.trim(), maxAge)::validate)
                    .orElse(null);
        } else if (BOT_TOKEN.equals(this.mode)) {
            this.validator = botToken.filter(token -> !token.isBlank())
                    .<InitDataCheck>map(token -> new InitDataValidator(token, maxAge)::validate)
                    .orElse(null);
        } else {
            throw new IllegalStateException("TELEGRAM_INIT_DATA_VALIDATION must be bot-token or public-key");
        }
    }

    void check(@Observes StartupEvent event) {
        if (validator == null && LaunchMode.current() == LaunchMode.NORMAL) {
            throw new IllegalStateException(PUBLIC_KEY.equals(mode)
                    ? "TELEGRAM_BOT_ID is not set: user-service cannot validate logins with Telegram's public key"
                    : "TELEGRAM_BOT_TOKEN is not set: user-service cannot validate logins");
        }
    }

    /** Null when the chosen check lacks its setting (dev/test without one): logins answer 503. */
    public InitDataCheck validator() {
        return validator;
    }
}
