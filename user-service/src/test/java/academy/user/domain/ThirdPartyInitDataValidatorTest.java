package academy.user.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import academy.user.domain.InitDataRejected.Reason;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

public class ThirdPartyInitDataValidatorTest {

    // A real Telegram-signed sample (production environment), as published with the tma.js init-data docs.
    static final long SAMPLE_BOT = 7342037359L;
    public static final String SAMPLE = "user=%7B%22id%22%3A279058397%2C%22first_name%22%3A%22Vladislav%20%2B%20-%20%3F%20%5C%2F%22"
            + "%2C%22last_name%22%3A%22Kibenko%22%2C%22username%22%3A%22vdkfrost%22%2C%22language_code%22%3A%22ru%22"
            + "%2C%22is_premium%22%3Atrue%2C%22allows_write_to_pm%22%3Atrue%2C%22photo_url%22%3A%22https%3A%5C%2F%5C%2Ft.me"
            + "%5C%2Fi%5C%2Fuserpic%5C%2F320%5C%2F4FPEE4tmP3ATHa57u6MqTDih13LTOiMoKoLDRG4PnSA.svg%22%7D"
            + "&chat_instance=8134722200314281151&chat_type=private&auth_date=1733584787"
            + "&signature=zL-ucjNyREiHDE8aihFwpfR9aggP2xiAo3NSpfe-p7IbCisNlDKlo7Kb6G4D0Ao2mBrSgEk4maLSdv6MLIlADQ"
            + "&hash=2174df5b000556d044f3f020384e879c8efcab55ddea2ced4eb752e93e7080d6";

    static final long BOT = 7000000042L;
    static final Instant NOW = Instant.parse("2026-11-27T09:00:00Z");
    static final Duration DAY = Duration.ofHours(24);

    final KeyPair telegram = keyPair();

    @Test
    void a_real_init_data_signed_by_telegram_is_valid_with_the_published_production_key() {
        ThirdPartyInitDataValidator validator = new ThirdPartyInitDataValidator(SAMPLE_BOT,
                ThirdPartyInitDataValidator.PRODUCTION_KEY, Duration.ZERO);

        VerifiedInitData verified = validator.validate(SAMPLE, NOW);

        assertThat(verified.userJson()).contains("\"id\":279058397").contains("https:\\/\\/t.me");
        assertThat(verified.authDate()).isEqualTo(Instant.ofEpochSecond(1733584787L));
    }

    @Test
    void the_real_sample_fails_with_the_test_environments_key_or_another_bot() {
        assertThatThrownBy(() -> new ThirdPartyInitDataValidator(SAMPLE_BOT, ThirdPartyInitDataValidator.TEST_KEY,
                Duration.ZERO).validate(SAMPLE, NOW)).has(reason(Reason.SIGNATURE_MISMATCH));
        assertThatThrownBy(() -> new ThirdPartyInitDataValidator(SAMPLE_BOT + 1, ThirdPartyInitDataValidator.PRODUCTION_KEY,
                Duration.ZERO).validate(SAMPLE, NOW)).has(reason(Reason.SIGNATURE_MISMATCH));
    }

    @Test
    void data_signed_for_this_bot_is_valid_and_its_hash_is_not_needed() {
        String data = signed(BOT, fields(NOW.minusSeconds(60)));

        assertThat(validator(DAY).validate(data, NOW).userJson()).contains("\"id\":42");
        assertThat(validator(DAY).validate(data + "&hash=" + "0".repeat(64), NOW).userJson()).contains("\"id\":42");
    }

    @Test
    void a_tampered_field_is_refused() {
        String data = signed(BOT, fields(NOW.minusSeconds(60)));

        assertThatThrownBy(() -> validator(DAY).validate(data.replace("%22id%22%3A42", "%22id%22%3A43"), NOW))
                .has(reason(Reason.SIGNATURE_MISMATCH));
        assertThatThrownBy(() -> validator(DAY).validate(data + "&query_id=extra", NOW))
                .has(reason(Reason.SIGNATURE_MISMATCH));
    }

    @Test
    void data_signed_for_another_bot_is_refused() {
        String data = signed(BOT + 1, fields(NOW.minusSeconds(60)));

        assertThatThrownBy(() -> validator(DAY).validate(data, NOW)).has(reason(Reason.SIGNATURE_MISMATCH));
    }

    @Test
    void a_missing_empty_or_malformed_signature_is_refused() {
        String unsigned = query(fields(NOW.minusSeconds(60)));

        assertThatThrownBy(() -> validator(DAY).validate(unsigned, NOW)).has(reason(Reason.MISSING_SIGNATURE));
        assertThatThrownBy(() -> validator(DAY).validate(unsigned + "&signature=", NOW)).has(reason(Reason.MISSING_SIGNATURE));
        assertThatThrownBy(() -> validator(DAY).validate(unsigned + "&signature=not*base64", NOW))
                .has(reason(Reason.SIGNATURE_MISMATCH));
        assertThatThrownBy(() -> validator(DAY).validate(unsigned + "&signature=AAAA", NOW))
                .has(reason(Reason.SIGNATURE_MISMATCH));
    }

    @Test
    void expired_data_is_refused_even_when_signed() {
        String data = signed(BOT, fields(NOW.minus(DAY).minusSeconds(1)));

        assertThatThrownBy(() -> validator(DAY).validate(data, NOW)).has(reason(Reason.EXPIRED));
    }

    @Test
    void a_key_that_is_not_32_bytes_of_hex_is_a_configuration_error() {
        assertThatThrownBy(() -> new ThirdPartyInitDataValidator(BOT, "e7bf03", DAY))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private ThirdPartyInitDataValidator validator(Duration maxAge) {
        return new ThirdPartyInitDataValidator(BOT, rawPublicKeyHex(telegram), maxAge);
    }

    private static Map<String, String> fields(Instant authDate) {
        Map<String, String> fields = new TreeMap<>();
        fields.put("user", "{\"id\":42,\"first_name\":\"Ada & Bob = \\u2764\",\"photo_url\":\"https:\\/\\/t.me\\/i.svg\"}");
        fields.put("auth_date", Long.toString(authDate.getEpochSecond()));
        fields.put("chat_type", "private");
        return fields;
    }

    /** What Telegram sends: the fields, and the Ed25519 signature over "<bot>:WebAppData\n" + sorted lines. */
    private String signed(long botId, Map<String, String> fields) {
        String checked = botId + ":WebAppData\n" + new TreeMap<>(fields).entrySet().stream()
                .map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining("\n"));
        try {
            Signature ed25519 = Signature.getInstance("Ed25519");
            ed25519.initSign(telegram.getPrivate());
            ed25519.update(checked.getBytes(StandardCharsets.UTF_8));
            String signature = Base64.getUrlEncoder().withoutPadding().encodeToString(ed25519.sign());
            return query(fields) + "&signature=" + signature;
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String query(Map<String, String> fields) {
        return fields.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8).replace("+", "%20"))
                .collect(Collectors.joining("&"));
    }

    private static KeyPair keyPair() {
        try {
            return KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The raw 32-byte key: the X.509 encoding without its 12-byte prefix. */
    private static String rawPublicKeyHex(KeyPair pair) {
        byte[] encoded = pair.getPublic().getEncoded();
        return HexFormat.of().formatHex(encoded, encoded.length - 32, encoded.length);
    }

    private static org.assertj.core.api.Condition<Throwable> reason(Reason expected) {
        return new org.assertj.core.api.Condition<>(
                failure -> failure instanceof InitDataRejected rejected && rejected.reason() == expected, "rejected: " + expected);
    }
}
