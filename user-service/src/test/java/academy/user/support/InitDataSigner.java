package academy.user.support;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** Builds init data as the Telegram client sends it, signed like Telegram signs it (or not). */
public final class InitDataSigner {

    private InitDataSigner() {
    }

    /** Mini App scheme: key = HMAC_SHA256("WebAppData", botToken). */
    public static String signed(String botToken, Map<String, String> fields) {
        return withHash(fields, hex(hmac(hmac("WebAppData".getBytes(StandardCharsets.UTF_8), botToken), checkString(fields))));
    }

    /** The Login Widget scheme (key = SHA256(botToken)): must not be accepted for Mini App data. */
    public static String signedWithLoginWidgetKey(String botToken, Map<String, String> fields) {
        try {
            byte[] key = MessageDigest.getInstance("SHA-256").digest(botToken.getBytes(StandardCharsets.UTF_8));
            return withHash(fields, hex(hmac(key, checkString(fields))));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    public static String withHash(Map<String, String> fields, String hash) {
        Map<String, String> all = new LinkedHashMap<>(fields);
        all.put("hash", hash);
        return encode(all);
    }

    public static String encode(Map<String, String> fields) {
        return fields.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    public static Map<String, String> loginFields(long userId, String firstName, long authDate) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("query_id", "AAHdF6IQAAAAAN0XohDhrOrc");
        fields.put("user", "{\"id\":" + userId + ",\"first_name\":\"" + firstName
                + "\",\"last_name\":\"Tester\",\"username\":\"tester\",\"language_code\":\"en\","
                + "\"photo_url\":\"https:\\/\\/t.me\\/i\\/userpic\\/320\\/tester.svg\"}");
        fields.put("auth_date", Long.toString(authDate));
        return fields;
    }

    private static String checkString(Map<String, String> fields) {
        return new TreeMap<>(fields).entrySet().stream()
                .map(e -> e.getKey() + "=" + e.getValue())
                .collect(Collectors.joining("\n"));
    }

    private static byte[] hmac(byte[] key, String message) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(message.getBytes(StandardCharsets.UTF_8));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String hex(byte[] bytes) {
        StringBuilder hex = new StringBuilder();
        for (byte b : bytes) {
            hex.append(String.format("%02x", b));
        }
        return hex.toString();
    }
}
