package academy.user.infrastructure;

import io.smallrye.config.ConfigMapping;
import java.time.Duration;
import java.util.Optional;

/**
 * How logins are checked ({@code academy.telegram.*}). Every default is in application.properties,
 * next to the environment variable that sets it (TELEGRAM_*).
 */
@ConfigMapping(prefix = "academy.telegram")
public interface TelegramSettings {

    /** bot-token (HMAC with the bot token) or public-key (Telegram's Ed25519 signature). */
    String validation();

    Optional<String> botToken();

    Optional<Long> botId();

    /** production or test: which of Telegram's public keys checks third-party init data. */
    String environment();

    PublicKeys publicKey();

    /** How old init data may be. */
    Duration maxAge();

    /** Telegram's Ed25519 public keys, hex. */
    interface PublicKeys {

        String production();

        String test();
    }
}
