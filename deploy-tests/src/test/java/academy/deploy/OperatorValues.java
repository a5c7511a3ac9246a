package academy.deploy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

/**
 * What an operator adds to a values file, as the chart README's commands do: a freshly
 * generated signing key (PKCS#8 PEM, as openssl genpkey writes it), its public key (PEM, as
 * openssl pkey -pubout writes it) a bot token and an in-chart PostgreSQL password. One set per JVM.
 */
final class OperatorValues {

    static final String BOT_TOKEN = "123456789:AAoperator-test-token";
    static final String POSTGRES_PASSWORD = "c0ffee5eed";
    private static Path file;
    private static KeyPair keys;

    private OperatorValues() {
    }

    /** A values file with jwt.privateKey, jwt.publicKeys and secrets.telegramBotToken. */
    static synchronized Path file() {
        if (file == null) {
            try {
                file = Files.createTempFile("academy-operator-values", ".yaml");
                Files.writeString(file, "jwt:\n  privateKey: |\n" + indent(privateKeyPem()) + "  publicKeys: |\n"
                        + indent(publicKeyPem()) + "secrets:\n  telegramBotToken: \"" + BOT_TOKEN + "\"\n"
                        + "postgresql:\n  auth:\n    password: \"" + POSTGRES_PASSWORD + "\"\n", StandardCharsets.UTF_8);
                file.toFile().deleteOnExit();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return file;
    }

    static synchronized KeyPair keys() {
        if (keys == null) {
            try {
                KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
                generator.initialize(2048);
                keys = generator.generateKeyPair();
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        }
        return keys;
    }

    static String privateKeyPem() {
        return pem("PRIVATE KEY", keys().getPrivate().getEncoded());
    }

    static String publicKeyPem() {
        return pem("PUBLIC KEY", keys().getPublic().getEncoded());
    }

    private static String pem(String type, byte[] der) {
        return "-----BEGIN " + type + "-----\n" + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                .encodeToString(der) + "\n-----END " + type + "-----\n";
    }

    private static String indent(String text) {
        return text.lines().map(line -> "    " + line + "\n").reduce("", String::concat);
    }
}
