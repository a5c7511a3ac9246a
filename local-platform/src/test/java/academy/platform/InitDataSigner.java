package academy.platform;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The journey's own Telegram signer, written from docs/domain.md "Login" independently of the launcher's:
 * secret = HMAC_SHA256(key "WebAppData", bot token); hash = hex HMAC_SHA256(secret,
 * data-check-string), the data-check-string being the sorted key=value lines without hash.
 */
final class InitDataSigner {

    private InitDataSigner() {
    }

    static String sign(String botToken, Map<String, String> fields) {
        String dataCheckString = fields.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .map(field -> field.getKey() + "=" + field.getValue()).collect(Collectors.joining("\n"));
        byte[] secret = hmacSha256("WebAppData".getBytes(StandardCharsets.UTF_8), botToken.getBytes(StandardCharsets.UTF_8));
        String hash = HexFormat.of().formatHex(hmacSha256(secret, dataCheckString.getBytes(StandardCharsets.UTF_8)));
        Map<String, String> signed = new LinkedHashMap<>(fields);
        signed.put("hash", hash);
        return signed.entrySet().stream()
                .map(field -> field.getKey() + "=" + URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8).replace("+", "%20"))
                .collect(Collectors.joining("&"));
    }

    static String learner(String botToken, long userId, long authDate) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("query_id", "AAHdF6IQAAAAAN0XohDhrOrc");
        fields.put("user", "{\"id\":" + userId + ",\"first_name\":\"Ada\",\"last_name\":\"Journey\",\"username\":\"ada_journey\","
                + "\"language_code\":\"en\",\"photo_url\":\"https:\\/\\/t.me\\/i\\/userpic\\/320\\/ada.jpg\"}");
        fields.put("auth_date", Long.toString(authDate));
        return sign(botToken, fields);
    }

    static byte[] hmacSha256(byte[] key, byte[] message) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(message);
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
