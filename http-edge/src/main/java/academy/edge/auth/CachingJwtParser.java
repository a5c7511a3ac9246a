package academy.edge.auth;

import com.github.benmanes.caffeine.cache.Ticker;
import io.smallrye.jwt.auth.principal.DefaultJWTParser;
import io.smallrye.jwt.auth.principal.JWTAuthContextInfo;
import io.smallrye.jwt.auth.principal.JWTParser;
import io.smallrye.jwt.auth.principal.ParseException;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.time.Duration;
import javax.crypto.SecretKey;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * The JWT parser Quarkus authenticates requests with, remembering verified tokens
 * (VerifiedTokens) so a token is RS256-verified once per {@code academy.jwt.cache-max-age}, not
 * on every request. Only successful verifications are kept; anything else goes to the default
 * parser unchanged.
 */
@Alternative
@Priority(1)
@ApplicationScoped
public class CachingJwtParser implements JWTParser {

    private final DefaultJWTParser delegate;
    private final VerifiedTokens verified;

    public CachingJwtParser(DefaultJWTParser delegate,
                            @ConfigProperty(name = "academy.jwt.cache-size") long size,
                            @ConfigProperty(name = "academy.jwt.cache-max-age") Duration maxAge) {
        this.delegate = delegate;
        this.verified = new VerifiedTokens(size, maxAge, System::currentTimeMillis, Ticker.systemTicker());
    }

    @Override
    public JsonWebToken parse(String token) throws ParseException {
        JsonWebToken known = verified.get(token);
        if (known != null) {
            return known;
        }
        JsonWebToken parsed = delegate.parse(token);
        verified.put(token, parsed);
        return parsed;
    }

    /** Requests answered from the cache since start (for tests and metrics). */
    public long hits() {
        return verified.hits();
    }

    @Override
    public JsonWebToken parse(String token, JWTAuthContextInfo context) throws ParseException {
        return delegate.parse(token, context);
    }

    @Override
    public JsonWebToken verify(String token, PublicKey key) throws ParseException {
        return delegate.verify(token, key);
    }

    @Override
    public JsonWebToken verify(String token, SecretKey key) throws ParseException {
        return delegate.verify(token, key);
    }

    @Override
    public JsonWebToken verify(String token, String secret) throws ParseException {
        return delegate.verify(token, secret);
    }

    @Override
    public JsonWebToken decrypt(String token, PrivateKey key) throws ParseException {
        return delegate.decrypt(token, key);
    }

    @Override
    public JsonWebToken decrypt(String token, SecretKey key) throws ParseException {
        return delegate.decrypt(token, key);
    }

    @Override
    public JsonWebToken decrypt(String token, String secret) throws ParseException {
        return delegate.decrypt(token, secret);
    }

    @Override
    public JsonWebToken parseOnly(String token) throws ParseException {
        return delegate.parseOnly(token);
    }
}
