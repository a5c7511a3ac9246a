package academy.edge.auth;

import io.quarkus.runtime.LaunchMode;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Outside dev and test a service without its JWT public keys refuses to start. */
@ApplicationScoped
public class RequiredSecrets {

    @ConfigProperty(name = "mp.jwt.verify.publickey.location")
    Optional<String> publicKeys;

    void check(@Observes StartupEvent event) {
        if (LaunchMode.current() == LaunchMode.NORMAL && publicKeys.filter(v -> !v.isBlank()).isEmpty()) {
            throw new IllegalStateException("ACADEMY_JWT_PUBLIC_KEYS is not set: this service cannot verify tokens");
        }
    }
}
