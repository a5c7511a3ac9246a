package academy.user.infrastructure;

import academy.user.domain.InitDataValidator;
import io.quarkus.runtime.LaunchMode;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Duration;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The validator built from TELEGRAM_BOT_TOKEN; the token itself never leaves this class. */
@ApplicationScoped
public class InitDataValidatorProducer {

    private final InitDataValidator validator;

    public InitDataValidatorProducer(@ConfigProperty(name = "academy.telegram.bot-token") Optional<String> botToken,
                                     @ConfigProperty(name = "academy.telegram.max-age", defaultValue = "PT24H") Duration maxAge) {
        this.validator = botToken.filter(token -> !token.isBlank())
                .map(token -> new InitDataValidator(token, maxAge))
                .orElse(null);
    }

    void check(@Observes StartupEvent event) {
        if (validator == null && LaunchMode.current() == LaunchMode.NORMAL) {
            throw new IllegalStateException("TELEGRAM_BOT_TOKEN is not set: user-service cannot validate logins");
        }
    }

    /** Null when no bot token is configured (dev/test without one): logins answer 503. */
    public InitDataValidator validator() {
        return validator;
    }
}
