package academy.platform;

import io.vertx.core.json.JsonObject;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;

/**
 * {@code ./academy login <telegramUserId>}: Mini App init data signed with the development bot
 * token, a local URL that opens the Mini App with it, and the JWT that {@code POST /auth/telegram}
 * answers for it through the gateway.
 * Refuses when a real TELEGRAM_BOT_TOKEN is set: it never signs as a real bot.
 */
final class LoginCommand {

    private LoginCommand() {
    }

    static void run(Path root, String userIdArgument) {
        run(root, userIdArgument, System.getenv());
    }

    static void run(Path root, String userIdArgument, Map<String, String> environment) {
        String realToken = environment.get("TELEGRAM_BOT_TOKEN");
        if (realToken != null && !realToken.isBlank()) {
            throw new PlatformException("TELEGRAM_BOT_TOKEN is set, so the academy checks init data against that real bot.\n"
                    + "  ./academy login signs only with the development token: unset TELEGRAM_BOT_TOKEN (and restart\n"
                    + "  ./academy up) to sign in locally, or sign in from the Mini App in Telegram.");
        }
        long userId = parseUserId(userIdArgument);
        PlatformOptions options = PlatformOptions.fromEnvironment(root, environment);
        String initData = TelegramInitData.signed(DevBotToken.inFolder(options.stateDirectory()), userId, Instant.now());
        System.out.println("Init data for Telegram user " + userId + " (signed with the development bot token):");
        System.out.println(initData);
        System.out.println();
        ApiClient.Answer answer;
        try {
            answer = new ApiClient(options.gatewayUrl(), null)
                    .post("/auth/telegram", new JsonObject().put("initData", initData));
        } catch (PlatformException notRunning) {
            throw new PlatformException("no academy answers on " + options.gatewayUrl()
                    + ": start it with ./academy up, then run ./academy login " + userId + " again for a JWT.");
        }
        if (!answer.ok()) {
            throw new PlatformException("POST /auth/telegram answered " + answer.status() + ": " + answer.body());
        }
        JsonObject session = answer.json();
        String token = session.getString("token");
        System.out.println("JWT (expires " + session.getValue("expiresAt") + "):");
        System.out.println(token);
        System.out.println();
        System.out.println("Open the Mini App as this learner (any browser; the launch data stays in the fragment):");
        System.out.println("  " + MiniAppLink.of(options.gatewayUrl(), initData, MiniAppLink.LIGHT_THEME));
        System.out.println();
        System.out.println("Try:");
        System.out.println("  export TOKEN=" + token);
        System.out.println("  curl -s " + options.gatewayUrl() + "/users/me -H \"Authorization: Bearer $TOKEN\"");
        System.out.println("  curl -s " + options.gatewayUrl() + "/courses -H \"Authorization: Bearer $TOKEN\"");
        System.out.println("Or sign in again yourself:");
        System.out.println("  curl -s " + options.gatewayUrl() + "/auth/telegram -H 'Content-Type: application/json' -d '"
                + new JsonObject().put("initData", initData).encode() + "'");
    }

    private static long parseUserId(String argument) {
        if (argument == null) {
            throw new PlatformException("usage: ./academy login <telegramUserId>   (for example ./academy login 42)");
        }
        try {
            long userId = Long.parseLong(argument.trim());
            if (userId <= 0) {
                throw new NumberFormatException();
            }
            return userId;
        } catch (NumberFormatException e) {
            throw new PlatformException("a Telegram user id is a positive whole number, not '" + argument + "'");
        }
    }
}
