package academy.user.domain;

import academy.user.domain.InitDataRejected.Reason;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Validates Telegram Mini App init data (docs/domain.md "Login"): the HMAC-SHA256
 * with the "WebAppData"-derived key over the sorted data-check-string, {@code signature} kept in it,
 * compared in constant time on bytes, then the age of {@code auth_date}.
 */
public final class InitDataValidator {

    /** Clock skew tolerated for an {@code auth_date} slightly ahead of the server. */
    static final Duration FUTURE_TOLERANCE = Duration.ofMinutes(5);
    private static final String HASH = "hash";
    private static final String AUTH_DATE = "auth_date";

    private final byte[] secretKey;
    private final Duration maxAge;

    /** @param maxAge oldest accepted init data; zero or negative turns the age check off */
    public InitDataValidator(String botToken, Duration maxAge) {
        if (botToken == null || botToken.isBlank()) {
            throw new IllegalArgumentException("a bot token is required");
        }
        this.secretKey = hmacSha256("WebAppData".getBytes(StandardCharsets.UTF_8), botToken.getBytes(StandardCharsets.UTF_8));
        this.maxAge = maxAge;
    }

    public VerifiedInitData validate(String initData, Instant now) {
        if (initData == null || initData.isBlank()) {
            throw new InitDataRejected(Reason.EMPTY);
        }
        Map<String, String> fields = parse(initData);
        String hash = fields.remove(HASH);
        if (hash == null || hash.isEmpty()) {
            throw new InitDataRejected(Reason.MISSING_HASH);
        }
        byte[] expected = hmacSha256(secretKey, dataCheckString(fields).getBytes(StandardCharsets.UTF_8));
        if (!MessageDigest.isEqual(expected, Hex.decode(hash))) {
            throw new InitDataRejected(Reason.SIGNATURE_MISMATCH);
        }
        Instant authDate = authDate(fields.get(AUTH_DATE));
        checkAge(authDate, now, maxAge);
        return new VerifiedInitData(fields, authDate);
    }

    /** Pairs sorted by key, joined as key=value with newlines; everything but {@code hash}. */
    static String dataCheckString(Map<String, String> fieldsWithoutHash) {
        return new TreeMap<>(fieldsWithoutHash).entrySet().stream()
                .map(pair -> pair.getKey() + "=" + pair.getValue())
                .collect(Collectors.joining("\n"));
    }

    static Map<String, String> parse(String initData) {
        Map<String, String> fields = new TreeMap<>();
        for (String pair : initData.split("&", -1)) {
            int equals = pair.indexOf('=');
            if (equals <= 0) {
                throw new InitDataRejected(Reason.MALFORMED);
            }
            String key = decode(pair.substring(0, equals));
            if (fields.put(key, decode(pair.substring(equals + 1))) != null) {
                throw new InitDataRejected(Reason.DUPLICATE_KEY);
            }
        }
        return fields;
    }

    private static String decode(String value) {
        try {
            return URLDecoder.decode(value, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw new InitDataRejected(Reason.MALFORMED);
        }
    }

    static Instant authDate(String value) {
        if (value == null || value.isEmpty()) {
            throw new InitDataRejected(Reason.MISSING_AUTH_DATE);
        }
        if (value.length() > 11 || !value.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw new InitDataRejected(Reason.INVALID_AUTH_DATE);
        }
        return Instant.ofEpochSecond(Long.parseLong(value));
    }

    static void checkAge(Instant authDate, Instant now, Duration maxAge) {
        if (maxAge == null || maxAge.isZero() || maxAge.isNegative()) {
            return;
        }
        if (authDate.isBefore(now.minus(maxAge))) {
            throw new InitDataRejected(Reason.EXPIRED);
        }
        if (authDate.isAfter(now.plus(FUTURE_TOLERANCE))) {
            throw new InitDataRejected(Reason.FROM_THE_FUTURE);
        }
    }

    static byte[] hmacSha256(byte[] key, byte[] message) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(message);
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }
}
