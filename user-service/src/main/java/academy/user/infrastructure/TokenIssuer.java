package academy.user.infrastructure;

import io.quarkus.logging.Log;
import io.quarkus.runtime.LaunchMode;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.jwt.algorithm.SignatureAlgorithm;
import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.util.KeyUtils;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.security.PrivateKey;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Issues the academy's JWT (ARCHITECTURE "Authentication"): RS256, iss, aud, sub = user id,
 * groups learner (+ admin for ACADEMY_ADMIN_IDS), kid. Only this service holds the private key.
 */
@ApplicationScoped
public class TokenIssuer {

    public static final String ISSUER = "telegram-academy";
    public static final String AUDIENCE = "telegram-academy-api";

    private final Optional<String> keyLocation;
    private final String keyId;
    private final Duration lifetime;
    private final Set<Long> adminIds;
    private volatile PrivateKey key;

    public TokenIssuer(@ConfigProperty(name = "smallrye.jwt.sign.key.location") Optional<String> keyLocation,
                       @ConfigProperty(name = "academy.jwt.key-id") String keyId,
                       @ConfigProperty(name = "academy.jwt.lifetime") Duration lifetime,
                       @ConfigProperty(name = "academy.admin-ids") Optional<String> adminIds) {
        this.keyLocation = keyLocation.filter(location -> !location.isBlank());
        this.keyId = keyId;
        this.lifetime = lifetime;
        this.adminIds = parseIds(adminIds.orElse(""));
    }

    void loadKey(@Observes StartupEvent event) {
        if (keyLocation.isEmpty()) {
            if (LaunchMode.current() == LaunchMode.NORMAL) {
                throw new IllegalStateException("ACADEMY_JWT_PRIVATE_KEY is not set: user-service cannot issue tokens");
            }
            Log.warn("No JWT signing key configured (ACADEMY_JWT_PRIVATE_KEY): logins will answer 503");
            return;
        }
        try {
            key = KeyUtils.decodePrivateKey(readLocation(keyLocation.get()), SignatureAlgorithm.RS256);
        } catch (Exception e) {
            // Neither the key nor the parser's message (which may quote it) goes to the log.
            throw new IllegalStateException("the JWT signing key at ACADEMY_JWT_PRIVATE_KEY cannot be read ("
                    + e.getClass().getSimpleName() + ")");
        }
    }

    /** A {@code file:} URI, a {@code classpath:} resource or a plain path. */
    static String readLocation(String location) throws java.io.IOException {
        if (location.startsWith("classpath:")) {
            try (var in = Thread.currentThread().getContextClassLoader()
                    .getResourceAsStream(location.substring("classpath:".length()).replaceFirst("^/", ""))) {
                if (in == null) {
                    throw new java.io.FileNotFoundException("no such classpath resource");
                }
                return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            }
        }
        java.nio.file.Path path = location.startsWith("file:")
                ? java.nio.file.Path.of(java.net.URI.create(location)) : java.nio.file.Path.of(location);
        return java.nio.file.Files.readString(path);
    }

    public boolean ready() {
        return key != null;
    }

    public IssuedToken issue(long userId, Instant now) {
        if (key == null) {
            throw new IllegalStateException("no signing key");
        }
        Instant expiresAt = now.plus(lifetime);
        String token = Jwt.issuer(ISSUER).audience(AUDIENCE).subject(Long.toString(userId))
                .groups(groupsOf(userId)).issuedAt(now).expiresAt(expiresAt)
                .jws().keyId(keyId).algorithm(SignatureAlgorithm.RS256).sign(key);
        return new IssuedToken(token, expiresAt);
    }

    Set<String> groupsOf(long userId) {
        Set<String> groups = new LinkedHashSet<>();
        groups.add("learner");
        if (adminIds.contains(userId)) {
            groups.add("admin");
        }
        return groups;
    }

    static Set<Long> parseIds(String ids) {
        return Arrays.stream(ids.split("[,\\s]+"))
                .map(String::strip)
                .filter(id -> id.matches("\\d{1,19}"))
                .map(Long::parseLong)
                .collect(Collectors.toUnmodifiableSet());
    }

    public record IssuedToken(String token, Instant expiresAt) {
    }
}
