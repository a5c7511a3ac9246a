package academy.user.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import academy.user.domain.InitDataRejected.Reason;
import academy.user.support.InitDataSigner;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class InitDataValidatorTest {

    static final String VECTOR_TOKEN = "5768337691:AAH5YkoiEuPk8-FZa32hStHTqXiLPtAEhx8";
    static final String VECTOR = "query_id=AAHdF6IQAAAAAN0XohDhrOrc&user=%7B%22id%22%3A279058397%2C%22first_name%22%3A%22Vladislav%22%2C%22last_name%22%3A%22Kibenko%22%2C%22username%22%3A%22vdkfrost%22%2C%22language_code%22%3A%22ru%22%2C%22is_premium%22%3Atrue%7D&auth_date=1662771648&hash=c501b71e775f74ce10e377dea85a7ea24ecd640b223ea86dfe453e0eaed2e2b2";
    static final String TOKEN = "123456789:AAF-test-bot-token-for-academy";
    static final Instant NOW = Instant.parse("2026-11-27T09:00:00Z");
    static final Duration DAY = Duration.ofHours(24);

    final InitDataValidator validator = new InitDataValidator(TOKEN, DAY);

    @Test
    void published_test_vector_is_valid_with_its_token_and_the_age_check_off() {
        VerifiedInitData verified = new InitDataValidator(VECTOR_TOKEN, Duration.ZERO).validate(VECTOR, NOW);

        assertThat(verified.authDate()).isEqualTo(Instant.ofEpochSecond(1662771648));
        assertThat(verified.userJson()).startsWith("{\"id\":279058397,\"first_name\":\"Vladislav\"");
        assertThat(verified.fields()).containsEntry("query_id", "AAHdF6IQAAAAAN0XohDhrOrc").doesNotContainKey("hash");
    }

    @Test
    void published_secret_key_is_derived_with_web_app_data_as_the_key() {
        byte[] secret = InitDataValidator.hmacSha256("WebAppData".getBytes(StandardCharsets.UTF_8),
                VECTOR_TOKEN.getBytes(StandardCharsets.UTF_8));

        assertThat(Hex.encode(secret)).isEqualTo("a5c609aa52f63cb5e6d8ceb6e4138726ea82bbc36bb786d64482d445ea38ee5f");
    }

    @Test
    void published_test_vector_fails_with_any_other_token() {
        assertRejected(new InitDataValidator(TOKEN, Duration.ZERO), VECTOR, Reason.SIGNATURE_MISMATCH);
        assertRejected(new InitDataValidator(VECTOR_TOKEN + "x", Duration.ZERO), VECTOR, Reason.SIGNATURE_MISMATCH);
    }

    @Test
    void published_test_vector_is_expired_under_the_default_age() {
        assertRejected(new InitDataValidator(VECTOR_TOKEN, DAY), VECTOR, Reason.EXPIRED);
    }

    @Test
    void fresh_signed_data_is_valid() {
        String data = InitDataSigner.signed(TOKEN, fields());

        assertThat(validator.validate(data, NOW).fields()).containsEntry("auth_date", Long.toString(NOW.getEpochSecond()));
    }

    @Test
    void tampered_field_is_rejected() {
        String data = InitDataSigner.signed(TOKEN, fields()).replace("first_name%22%3A%22Ada", "first_name%22%3A%22Eve");

        assertRejected(validator, data, Reason.SIGNATURE_MISMATCH);
    }

    @Test
    void tampered_auth_date_is_rejected() {
        long authDate = NOW.getEpochSecond();
        String data = InitDataSigner.signed(TOKEN, fields()).replace("auth_date=" + authDate, "auth_date=" + (authDate + 1));

        assertRejected(validator, data, Reason.SIGNATURE_MISMATCH);
    }

    @Test
    void signature_field_stays_in_the_data_check_string() {
        Map<String, String> withSignature = fields();
        withSignature.put("signature", "6fbdaab833d39f54518bd5c3eb3f511d035e68cb");

        assertThat(validator.validate(InitDataSigner.signed(TOKEN, withSignature), NOW).fields()).containsKey("signature");
    }

    @Test
    void signature_added_to_data_signed_without_it_is_rejected() {
        String hash = hashOf(InitDataSigner.signed(TOKEN, fields()));
        Map<String, String> withSignature = fields();
        withSignature.put("signature", "6fbdaab833d39f54518bd5c3eb3f511d035e68cb");

        assertRejected(validator, InitDataSigner.withHash(withSignature, hash), Reason.SIGNATURE_MISMATCH);
    }

    @Test
    void escaped_slashes_in_photo_url_are_kept_as_signed() {
        Map<String, String> fields = fields();
        fields.put("user", "{\"id\":42,\"first_name\":\"Ada\",\"photo_url\":\"https:\\/\\/t.me\\/i\\/userpic\\/320\\/a.svg\"}");

        VerifiedInitData verified = validator.validate(InitDataSigner.signed(TOKEN, fields), NOW);

        assertThat(verified.userJson()).contains("https:\\/\\/t.me\\/i\\/userpic");
    }

    @Test
    void user_json_reserialized_without_escapes_no_longer_matches() {
        Map<String, String> escaped = fields();
        escaped.put("user", "{\"id\":42,\"photo_url\":\"https:\\/\\/t.me\\/a.svg\"}");
        String hash = hashOf(InitDataSigner.signed(TOKEN, escaped));
        Map<String, String> reserialized = fields();
        reserialized.put("user", "{\"id\":42,\"photo_url\":\"https://t.me/a.svg\"}");

        assertRejected(validator, InitDataSigner.withHash(reserialized, hash), Reason.SIGNATURE_MISMATCH);
    }

    @Test
    void names_with_ampersand_equals_and_emoji_are_valid() {
        Map<String, String> fields = fields();
        fields.put("user", "{\"id\":42,\"first_name\":\"Tom & Jerry = 🐱\",\"last_name\":\"a=b&c=d\"}");

        VerifiedInitData verified = validator.validate(InitDataSigner.signed(TOKEN, fields), NOW);

        assertThat(verified.userJson()).contains("Tom & Jerry = 🐱").contains("a=b&c=d");
    }

    @Test
    void user_id_above_two_to_the_32_is_kept_verbatim() {
        Map<String, String> fields = fields();
        fields.put("user", "{\"id\":7012345678901,\"first_name\":\"Big\"}");

        assertThat(validator.validate(InitDataSigner.signed(TOKEN, fields), NOW).userJson()).contains("7012345678901");
    }

    @Test
    void missing_auth_date_is_rejected_even_when_signed() {
        Map<String, String> fields = fields();
        fields.remove("auth_date");

        assertRejected(validator, InitDataSigner.signed(TOKEN, fields), Reason.MISSING_AUTH_DATE);
        assertRejected(new InitDataValidator(TOKEN, Duration.ZERO), InitDataSigner.signed(TOKEN, fields), Reason.MISSING_AUTH_DATE);
    }

    @Test
    void non_integer_auth_date_is_rejected() {
        for (String bad : new String[] {"abc", "1.5", "-5", "1e9", " 1662771648", "99999999999999999999"}) {
            Map<String, String> fields = fields();
            fields.put("auth_date", bad);

            assertRejected(validator, InitDataSigner.signed(TOKEN, fields), Reason.INVALID_AUTH_DATE);
        }
    }

    @Test
    void data_older_than_the_maximum_age_is_rejected_and_the_boundary_is_accepted() {
        Map<String, String> old = fields();
        old.put("auth_date", Long.toString(NOW.minus(DAY).getEpochSecond() - 1));
        Map<String, String> boundary = fields();
        boundary.put("auth_date", Long.toString(NOW.minus(DAY).getEpochSecond()));

        assertRejected(validator, InitDataSigner.signed(TOKEN, old), Reason.EXPIRED);
        assertThat(validator.validate(InitDataSigner.signed(TOKEN, boundary), NOW)).isNotNull();
    }

    @Test
    void maximum_age_is_configurable() {
        Map<String, String> hourOld = fields();
        hourOld.put("auth_date", Long.toString(NOW.minus(Duration.ofHours(2)).getEpochSecond()));

        assertRejected(new InitDataValidator(TOKEN, Duration.ofHours(1)), InitDataSigner.signed(TOKEN, hourOld), Reason.EXPIRED);
        assertThat(validator.validate(InitDataSigner.signed(TOKEN, hourOld), NOW)).isNotNull();
    }

    @Test
    void auth_date_far_in_the_future_is_rejected() {
        Map<String, String> future = fields();
        future.put("auth_date", Long.toString(NOW.plus(Duration.ofHours(1)).getEpochSecond()));

        assertRejected(validator, InitDataSigner.signed(TOKEN, future), Reason.FROM_THE_FUTURE);
    }

    @Test
    void missing_hash_is_rejected() {
        assertRejected(validator, InitDataSigner.encode(fields()), Reason.MISSING_HASH);
        assertRejected(validator, InitDataSigner.withHash(fields(), ""), Reason.MISSING_HASH);
    }

    @Test
    void non_hex_non_ascii_or_short_hash_is_rejected_as_malformed() {
        String good = hashOf(InitDataSigner.signed(TOKEN, fields()));
        for (String bad : new String[] {"zz" + good.substring(2), "é".repeat(64), good.substring(2), good + "00", "🐱".repeat(32)}) {
            assertRejected(validator, InitDataSigner.withHash(fields(), bad), Reason.MALFORMED_HASH);
        }
    }

    @Test
    void upper_case_hex_of_the_right_hash_is_the_same_bytes() {
        String upper = hashOf(InitDataSigner.signed(TOKEN, fields())).toUpperCase();

        assertThat(validator.validate(InitDataSigner.withHash(fields(), upper), NOW)).isNotNull();
    }

    @Test
    void login_widget_key_scheme_is_refused() {
        assertRejected(validator, InitDataSigner.signedWithLoginWidgetKey(TOKEN, fields()), Reason.SIGNATURE_MISMATCH);
    }

    @Test
    void empty_init_data_is_rejected() {
        assertRejected(validator, "", Reason.EMPTY);
        assertRejected(validator, "   ", Reason.EMPTY);
        assertRejected(validator, null, Reason.EMPTY);
    }

    @Test
    void duplicated_keys_are_rejected() {
        String signed = InitDataSigner.signed(TOKEN, fields());

        assertRejected(validator, signed + "&auth_date=1", Reason.DUPLICATE_KEY);
        assertRejected(validator, "auth_date=1&" + signed, Reason.DUPLICATE_KEY);
    }

    @Test
    void pairs_without_a_key_or_bad_escapes_are_malformed() {
        String signed = InitDataSigner.signed(TOKEN, fields());

        assertRejected(validator, signed + "&novalue", Reason.MALFORMED);
        assertRejected(validator, signed + "&=x", Reason.MALFORMED);
        assertRejected(validator, signed + "&&", Reason.MALFORMED);
        assertRejected(validator, signed + "&x=%zz", Reason.MALFORMED);
    }

    @Test
    void values_split_on_the_first_equals_only() {
        Map<String, String> fields = fields();
        fields.put("start_param", "a=b=c");

        assertThat(validator.validate(InitDataSigner.signed(TOKEN, fields), NOW).fields()).containsEntry("start_param", "a=b=c");
    }

    @Test
    void query_id_is_optional() {
        Map<String, String> fields = fields();
        fields.remove("query_id");

        assertThat(validator.validate(InitDataSigner.signed(TOKEN, fields), NOW).fields()).doesNotContainKey("query_id");
    }

    @Test
    void missing_user_is_rejected_when_asked_for() {
        Map<String, String> fields = fields();
        fields.remove("user");
        VerifiedInitData verified = validator.validate(InitDataSigner.signed(TOKEN, fields), NOW);

        assertThatThrownBy(verified::userJson).isInstanceOf(InitDataRejected.class)
                .extracting(e -> ((InitDataRejected) e).reason()).isEqualTo(Reason.MISSING_USER);
    }

    @Test
    void rejection_messages_never_contain_the_token_or_the_data() {
        String data = InitDataSigner.signed(TOKEN, fields()).replace("Ada", "Eve");

        assertThatThrownBy(() -> validator.validate(data, NOW))
                .hasMessageNotContaining(TOKEN).hasMessageNotContaining("Eve").hasMessageNotContaining(hashOf(data));
    }

    @Test
    void a_blank_bot_token_is_refused_at_construction() {
        assertThatThrownBy(() -> new InitDataValidator(" ", DAY)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageNotContaining(" :");
    }

    private static Map<String, String> fields() {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("query_id", "AAHdF6IQAAAAAN0XohDhrOrc");
        fields.put("user", "{\"id\":279058397,\"first_name\":\"Ada\",\"last_name\":\"Lovelace\",\"language_code\":\"en\"}");
        fields.put("auth_date", Long.toString(NOW.getEpochSecond()));
        return fields;
    }

    private static String hashOf(String initData) {
        return initData.substring(initData.indexOf("hash=") + 5);
    }

    private static void assertRejected(InitDataValidator validator, String initData, Reason reason) {
        assertThatThrownBy(() -> validator.validate(initData, NOW))
                .isInstanceOf(InitDataRejected.class)
                .extracting(e -> ((InitDataRejected) e).reason()).isEqualTo(reason);
    }
}
