package academy.platform;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.UUID;

/**
 * The development key pair every service of a local run shares: generated once, kept in the
 * state folder (git-ignored) as a PKCS#8 PEM private key (user-service signs with it) and a
 * public JWKS (every service verifies with it).
 */
public final class DevKeys {

    public static final String KEY_ID = "dev-key-1";
    public static final String ISSUER = "telegram-academy";
    public static final String AUDIENCE = "telegram-academy-api";

    private final RSAPrivateCrtKey privateKey;
    private final Path privateKeyFile;
    private final Path publicKeysFile;

    private DevKeys(RSAPrivateCrtKey privateKey, Path privateKeyFile, Path publicKeysFile) {
        this.privateKey = privateKey;
        this.privateKeyFile = privateKeyFile;
        this.publicKeysFile = publicKeysFile;
    }

    /** Loads the pair kept in {@code folder}, generating it the first time. */
    public static DevKeys inFolder(Path folder) {
        Path privateFile = folder.resolve("jwt-private-key.pem");
        Path publicFile = folder.resolve("jwt-public-keys.json");
        try {
            Files.createDirectories(folder);
            RSAPrivateCrtKey key = Files.exists(privateFile) ? readPem(Files.readString(privateFile)) : generate();
            if (!Files.exists(privateFile)) {
                Files.writeString(privateFile, pem(key));
                Files.setPosixFilePermissions(privateFile, PosixFilePermissions.fromString("rw-------"));
            }
            Files.writeString(publicFile, jwks(key).encodePrettily());
            return new DevKeys(key, privateFile, publicFile);
        } catch (IOException | GeneralSecurityException e) {
            throw new PlatformException("could not prepare the development key pair in " + folder + ": " + e.getMessage(), e);
        }
    }

    public Path privateKeyFile() {
        return privateKeyFile;
    }

    public Path publicKeysFile() {
        return publicKeysFile;
    }

    /** An admin token as user-service would issue it, for loading the demo course. */
    public String adminToken(long userId) {
        long now = Instant.now().getEpochSecond();
        JsonObject header = new JsonObject().put("alg", "RS256").put("typ", "JWT").put("kid", KEY_ID);
        JsonObject claims = new JsonObject().put("iss", ISSUER).put("aud", AUDIENCE).put("sub", Long.toString(userId))
                .put("groups", new JsonArray().add("learner").add("admin")).put("iat", now).put("exp", now + 3600)
                .put("jti", UUID.randomUUID().toString());
        String signingInput = base64Url(header.encode().getBytes(StandardCharsets.UTF_8)) + "."
                + base64Url(claims.encode().getBytes(StandardCharsets.UTF_8));
        try {
            Signature signature = Signature.getInstance("SHA256withRSA");
            signature.initSign(privateKey);
            signature.update(signingInput.getBytes(StandardCharsets.US_ASCII));
            return signingInput + "." + base64Url(signature.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static JsonObject jwks(RSAPrivateCrtKey key) {
        JsonObject jwk = new JsonObject().put("kty", "RSA").put("use", "sig").put("alg", "RS256").put("kid", KEY_ID)
                .put("n", base64Url(unsigned(key.getModulus()))).put("e", base64Url(unsigned(key.getPublicExponent())));
        return new JsonObject().put("keys", new JsonArray().add(jwk));
    }

    private static RSAPrivateCrtKey generate() throws GeneralSecurityException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        return (RSAPrivateCrtKey) generator.generateKeyPair().getPrivate();
    }

    private static RSAPrivateCrtKey readPem(String pem) throws GeneralSecurityException {
        String body = pem.replace("-----BEGIN PRIVATE KEY-----", "").replace("-----END PRIVATE KEY-----", "")
                .replaceAll("\\s", "");
        return (RSAPrivateCrtKey) KeyFactory.getInstance("RSA")
                .generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(body)));
    }

    private static String pem(RSAPrivateCrtKey key) {
        return "-----BEGIN PRIVATE KEY-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(key.getEncoded())
                + "\n-----END PRIVATE KEY-----\n";
    }

    private static byte[] unsigned(BigInteger value) {
        byte[] bytes = value.toByteArray();
        return bytes.length > 1 && bytes[0] == 0 ? Arrays.copyOfRange(bytes, 1, bytes.length) : bytes;
    }

    private static String base64Url(byte[] bytes) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
