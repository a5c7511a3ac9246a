package academy.yardstick;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
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
 * The services verify a token's RS256 signature once and then find it by its text
 * (http-edge's CachingJwtParser): the yardstick does the same per-request work, a cache lookup
 * for a known token, a full smallrye-jwt verification for a new one, never past the token's exp.
 */
@Alternative
@Priority(1)
@ApplicationScoped
public class RememberedTokens implements JWTParser {

    private final DefaultJWTParser delegate;
    private final Cache<String, JsonWebToken> verified;

    public RememberedTokens(DefaultJWTParser delegate,
                            @ConfigProperty(name = "academy.jwt.cache-size", defaultValue = "10000") long size,
                            @ConfigProperty(name = "academy.jwt.cache-max-age", defaultValue = "5M") Duration maxAge) {
        this.delegate = delegate;
        this.verified = Caffeine.newBuilder().maximumSize(size).expireAfterWrite(maxAge).build();
    }

    @Override
    public JsonWebToken parse(String token) throws ParseException {
        JsonWebToken known = verified.getIfPresent(token);
        if (known != null && known.getExpirationTime() * 1000 > System.currentTimeMillis()) {
            return known;
        }
        JsonWebToken parsed = delegate.parse(token);
        verified.put(token, parsed);
        return parsed;
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
