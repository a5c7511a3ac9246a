package academy.platform;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * A development Telegram bot token, generated once and kept in the state folder: with it the
 * local user-service accepts init data that {@code ./academy login} signs, and nothing signed
 * by the real Telegram.
 */
public final class DevBotToken {

    private DevBotToken() {
    }

    public static String inFolder(Path folder) {
        Path file = folder.resolve("dev-bot-token");
        try {
            if (Files.exists(file)) {
                return Files.readString(file).trim();
            }
            Files.createDirectories(folder);
            SecureRandom random = new SecureRandom();
            byte[] secret = new byte[27];
            random.nextBytes(secret);
            String token = (1_000_000_000L + random.nextInt(999_999_999)) + ":AA"
                    + Base64.getUrlEncoder().withoutPadding().encodeToString(secret).substring(0, 33);
            Files.writeString(file, token + "\n");
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
            return token;
        } catch (IOException e) {
            throw new PlatformException("could not keep the development bot token in " + file + ": " + e.getMessage(), e);
        }
    }
}
