package academy.platform;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.json.JsonObject;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.RSAPublicKeySpec;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DevKeysTest {

    @TempDir
    Path folder;

    @Test
    void mintsAnAdminTokenThatThePublishedKeyVerifies() throws Exception {
        DevKeys keys = DevKeys.inFolder(folder);
        String[] token = keys.adminToken(1).split("\\.");

        JsonObject header = decode(token[0]);
        JsonObject claims = decode(token[1]);
        assertThat(header.getString("alg")).isEqualTo("RS256");
        assertThat(header.getString("kid")).isEqualTo("dev-key-1");
        assertThat(claims.getString("iss")).isEqualTo("telegram-academy");
        assertThat(claims.getString("aud")).isEqualTo("telegram-academy-api");
        assertThat(claims.getString("sub")).isEqualTo("1");
        assertThat(claims.getJsonArray("groups")).containsExactly("learner", "admin");

        Signature verifier = Signature.getInstance("SHA256withRSA");
        verifier.initVerify(publicKey(keys.publicKeysFile()));
        verifier.update((token[0] + "." + token[1]).getBytes(StandardCharsets.US_ASCII));
        assertThat(verifier.verify(Base64.getUrlDecoder().decode(token[2]))).isTrue();
    }

    @Test
    void keepsThePairAcrossRunsAndThePrivateKeyPrivate() throws Exception {
        DevKeys first = DevKeys.inFolder(folder);
        String pem = Files.readString(first.privateKeyFile());
        DevKeys second = DevKeys.inFolder(folder);

        assertThat(Files.readString(second.privateKeyFile())).isEqualTo(pem).startsWith("-----BEGIN PRIVATE KEY-----");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(second.privateKeyFile()))).isEqualTo("rw-------");
        assertThat(publicKey(second.publicKeysFile())).isEqualTo(publicKey(first.publicKeysFile()));
    }

    @Test
    void keepsOneDevelopmentBotToken() {
        String token = DevBotToken.inFolder(folder);

        assertThat(token).matches("\\d{10}:[A-Za-z0-9_-]{35}");
        assertThat(DevBotToken.inFolder(folder)).isEqualTo(token);
    }

    private static PublicKey publicKey(Path jwksFile) throws Exception {
        JsonObject jwk = new JsonObject(Files.readString(jwksFile)).getJsonArray("keys").getJsonObject(0);
        assertThat(jwk.getString("kid")).isEqualTo("dev-key-1");
        return KeyFactory.getInstance("RSA").generatePublic(new RSAPublicKeySpec(
                new BigInteger(1, Base64.getUrlDecoder().decode(jwk.getString("n"))),
                new BigInteger(1, Base64.getUrlDecoder().decode(jwk.getString("e")))));
    }

    private static JsonObject decode(String part) {
        return new JsonObject(new String(Base64.getUrlDecoder().decode(part), StandardCharsets.UTF_8));
    }
}
