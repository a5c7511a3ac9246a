package academy.user.infrastructure;

import academy.user.domain.InitDataCheck;
import academy.user.domain.InitDataValidator;
import academy.user.domain.ThirdPartyInitDataValidator;
import io.quarkus.runtime.LaunchMode;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Optional;

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

    @Inject
    public InitDataValidatorProducer(TelegramSettings telegram) {
        this(telegram.validation(), telegram.botToken(), telegram.botId(), telegram.environment(),
                telegram.publicKey().production(), telegram.publicKey().test(), telegram.maxAge());
    }

    InitDataValidatorProducer(String mode, Optional<String> botToken, Optional<Long> botId, String environment,
                              String productionKey, String testKey, Duration maxAge) {
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
