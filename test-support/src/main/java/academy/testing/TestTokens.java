package academy.testing;

import io.smallrye.jwt.build.Jwt;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.PrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.Set;

/**
 * JWTs as user-service issues them (RS256, iss, aud, sub, groups, kid), signed with a key pair
 * made for this JVM. Services under test verify with its public JWKS, written to a file.
 */
public final class TestTokens {

    public static final String ISSUER = "telegram-academy";
    public static final String AUDIENCE = "telegram-academy-api";
    public static final String KEY_ID = "test-key-1";

    private static final KeyPair KEYS = generate();
    private static final KeyPair UNKNOWN_KEYS = generate();
    private static Path publicKeysFile;
    private static Path privateKeyFile;

    private TestTokens() {
    }

    public static String learner(long userId) {
        return token(userId, Set.of("learner"), Instant.now().plusSeconds(3600), KEYS.getPrivate(), KEY_ID);
    }

    public static String admin(long userId) {
        return token(userId, Set.of("learner", "admin"), Instant.now().plusSeconds(3600), KEYS.getPrivate(), KEY_ID);
    }

    public static String expired(long userId) {
        return token(userId, Set.of("learner"), Instant.now().minusSeconds(600), KEYS.getPrivate(), KEY_ID);
    }

    public static String signedWithUnknownKey(long userId) {
        return token(userId, Set.of("learner", "admin"), Instant.now().plusSeconds(3600), UNKNOWN_KEYS.getPrivate(), KEY_ID);
    }

    /** The payload of {@code token} replaced (signature kept): must be refused. */
    public static String tampered(String token, long otherUserId) {
        String[] parts = token.split("\\.");
        String payload = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)
                .replaceFirst("\"sub\":\"\\d+\"", "\"sub\":\"" + otherUserId + "\"");
        return parts[0] + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(payload.getBytes(StandardCharsets.UTF_8))
                + "." + parts[2];
    }

    /** An unsigned token ({@code alg: none}): must be refused. */
    public static String unsigned(long userId) {
        String header = Base64.getUrlEncoder().withoutPadding().encodeToString("{\"alg\":\"none\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8));
        String payload = Base64.getUrlEncoder().withoutPadding().encodeToString(("{\"iss\":\"" + ISSUER + "\",\"aud\":\""
                + AUDIENCE + "\",\"sub\":\"" + userId + "\",\"groups\":[\"learner\",\"admin\"],\"exp\":"
                + (Instant.now().getEpochSecond() + 3600) + "}").getBytes(StandardCharsets.UTF_8));
        return header + "." + payload + ".";
    }

    /**
     * A correctly signed learner token with the given subject, times and extra claims (for instance
     * {@code upn}): what only a holder of the private key could make, so the claims are all that is tested.
     */
    public static String crafted(String subject, Instant issuedAt, Instant expiresAt, java.util.Map<String, Object> claims) {
        var builder = Jwt.claims(claims).issuer(ISSUER).audience(AUDIENCE).subject(subject).groups(Set.of("learner"))
                .expiresAt(expiresAt);
        if (issuedAt != null) {
            builder = builder.issuedAt(issuedAt);
        }
        return builder.jws().keyId(KEY_ID).sign(KEYS.getPrivate());
    }

    public static PrivateKey privateKey() {
        return KEYS.getPrivate();
    }

    /** The private key as PKCS#8 PEM (what ACADEMY_JWT_PRIVATE_KEY points to). */
    public static String privateKeyPem() {
        return "-----BEGIN PRIVATE KEY-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(KEYS.getPrivate().getEncoded())
                + "\n-----END PRIVATE KEY-----\n";
    }

    /** The public key set as JWKS JSON (what ACADEMY_JWT_PUBLIC_KEYS points to). */
    public static String publicJwks() {
        RSAPublicKey key = (RSAPublicKey) KEYS.getPublic();
        return "{\"keys\":[{\"kty\":\"RSA\",\"use\":\"sig\",\"alg\":\"RS256\",\"kid\":\"" + KEY_ID + "\",\"n\":\""
                + base64Url(key.getModulus()) + "\",\"e\":\"" + base64Url(key.getPublicExponent()) + "\"}]}";
    }

    public static synchronized Path publicKeysFile() {
        if (publicKeysFile == null) {
            publicKeysFile = write("academy-test-jwks-", ".json", publicJwks());
        }
        return publicKeysFile;
    }

    public static synchronized Path privateKeyFile() {
        if (privateKeyFile == null) {
            privateKeyFile = write("academy-test-key-", ".pem", privateKeyPem());
        }
        return privateKeyFile;
    }

    private static String token(long userId, Set<String> groups, Instant expiresAt, PrivateKey key, String keyId) {
        return Jwt.issuer(ISSUER).audience(AUDIENCE).subject(Long.toString(userId)).groups(groups)
                .issuedAt(Instant.now().minusSeconds(expiresAt.isBefore(Instant.now()) ? 7200 : 0))
                .expiresAt(expiresAt)
                .jws().keyId(keyId).sign(key);
    }

    private static String base64Url(BigInteger value) {
        byte[] bytes = value.toByteArray();
        if (bytes.length > 1 && bytes[0] == 0) {
            bytes = Arrays.copyOfRange(bytes, 1, bytes.length);
        }
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static Path write(String prefix, String suffix, String content) {
        try {
            Path file = Files.createTempFile(prefix, suffix);
            Files.writeString(file, content);
            file.toFile().deleteOnExit();
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static KeyPair generate() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
