package academy.platform;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Mini App init data signed as Telegram signs it: secret = HMAC_SHA256(key "WebAppData",
 * bot token); hash = hex HMAC_SHA256(secret, the sorted key=value lines without hash).
 */
public final class TelegramInitData {

    private TelegramInitData() {
    }

    /** Init data of a learner named after their id, signed now. */
    public static String signed(String botToken, long userId, Instant authDate) {
        return signed(botToken, userId, authDate, "en");
    }

    /** The same, for a Telegram client in another language ({@code language_code}). */
    public static String signed(String botToken, long userId, Instant authDate, String languageCode) {
        String user = "{\"id\":" + userId + ",\"first_name\":\"Learner\",\"last_name\":\"" + userId
                + "\",\"username\":\"learner" + userId + "\",\"language_code\":\"" + languageCode
                + "\",\"allows_write_to_pm\":true}";
        Map<String, String> fields = new TreeMap<>();
        fields.put("auth_date", Long.toString(authDate.getEpochSecond()));
        fields.put("query_id", "AAH" + Long.toHexString(userId) + Long.toHexString(authDate.getEpochSecond()));
        fields.put("user", user);
        String dataCheckString = fields.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                .collect(Collectors.joining("\n"));
        return fields.entrySet().stream().map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)
                .replace("+", "%20")).collect(Collectors.joining("&")) + "&hash=" + hash(botToken, dataCheckString);
    }

    /** hex HMAC_SHA256(HMAC_SHA256("WebAppData", botToken), dataCheckString). */
    static String hash(String botToken, String dataCheckString) {
        byte[] secret = hmac("WebAppData".getBytes(StandardCharsets.UTF_8), botToken.getBytes(StandardCharsets.UTF_8));
        return HexFormat.of().formatHex(hmac(secret, dataCheckString.getBytes(StandardCharsets.UTF_8)));
    }

    private static byte[] hmac(byte[] key, byte[] message) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(message);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
