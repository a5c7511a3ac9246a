package academy.edge.auth;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * What a signed token must also say before anything trusts it (401 otherwise, at authentication):
 * its subject is a user id (a positive decimal int64) and the principal's name is that id, it was
 * not issued in the future beyond the allowed clock skew, and it lives no longer than the cap.
 * The signature, issuer, audience and expiry are smallrye-jwt's.
 */
@ApplicationScoped
public class TokenClaims implements SecurityIdentityAugmentor {

    private static final Pattern USER_ID = Pattern.compile("[1-9][0-9]{0,18}");

    private final Duration maxLifetime;
    private final Duration clockSkew;

    public TokenClaims(@ConfigProperty(name = "academy.jwt.max-lifetime") Duration maxLifetime,
                       @ConfigProperty(name = "mp.jwt.verify.clock.skew") long clockSkewSeconds) {
        this.maxLifetime = maxLifetime;
        this.clockSkew = Duration.ofSeconds(clockSkewSeconds);
    }

    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context) {
        if (identity.isAnonymous() || !(identity.getPrincipal() instanceof JsonWebToken token)) {
            return Uni.createFrom().item(identity);
        }
        String problem = problem(token, Instant.now());
        if (problem != null) {
            return Uni.createFrom().failure(new AuthenticationFailedException(problem));
        }
        return Uni.createFrom().item(identity);
    }

    String problem(JsonWebToken token, Instant now) {
        String subject = token.getSubject();
        if (subject == null || !USER_ID.matcher(subject).matches() || !fitsLong(subject)) {
            return "the subject is not a user id";
        }
        if (!subject.equals(token.getName())) {
            return "the principal name is not the subject";
        }
        long issuedAt = token.getIssuedAtTime();
        long expiresAt = token.getExpirationTime();
        if (issuedAt <= 0 || expiresAt <= 0) {
            return "issued-at and expiry are required";
        }
        if (Instant.ofEpochSecond(issuedAt).isAfter(now.plus(clockSkew))) {
            return "issued in the future";
        }
        if (expiresAt - issuedAt > maxLifetime.toSeconds()) {
            return "lives longer than allowed";
        }
        return null;
    }

    private static boolean fitsLong(String digits) {
        try {
            Long.parseLong(digits);
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
