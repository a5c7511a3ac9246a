package academy.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class TelegramInitDataTest {

    private static final String VECTOR_TOKEN = "5768337691:AAH5YkoiEuPk8-FZa32hStHTqXiLPtAEhx8";
    private static final String VECTOR = "query_id=AAHdF6IQAAAAAN0XohDhrOrc&user=%7B%22id%22%3A279058397%2C%22first_name%22%3A%22Vladislav%22%2C%22last_name%22%3A%22Kibenko%22%2C%22username%22%3A%22vdkfrost%22%2C%22language_code%22%3A%22ru%22%2C%22is_premium%22%3Atrue%7D&auth_date=1662771648&hash=c501b71e775f74ce10e377dea85a7ea24ecd640b223ea86dfe453e0eaed2e2b2";

    @Test
    void hashesThePublishedTestVectorAsTelegramDoes() {
        Map<String, String> fields = parse(VECTOR);
        String expected = fields.remove("hash");

        assertThat(TelegramInitData.hash(VECTOR_TOKEN, dataCheckString(fields))).isEqualTo(expected);
    }

    @Test
    void signsInitDataThatVerifiesWithTheSameToken() {
        String initData = TelegramInitData.signed("123:dev", 42, Instant.ofEpochSecond(1_700_000_000L));
        Map<String, String> fields = parse(initData);
        String hash = fields.remove("hash");

        assertThat(fields.get("user")).contains("\"id\":42");
        assertThat(fields.get("auth_date")).isEqualTo("1700000000");
        assertThat(TelegramInitData.hash("123:dev", dataCheckString(fields))).isEqualTo(hash);
        assertThat(TelegramInitData.hash("123:other", dataCheckString(fields))).isNotEqualTo(hash);
    }

    private static Map<String, String> parse(String initData) {
        Map<String, String> fields = new TreeMap<>();
        for (String pair : initData.split("&")) {
            int split = pair.indexOf('=');
            fields.put(pair.substring(0, split), URLDecoder.decode(pair.substring(split + 1), StandardCharsets.UTF_8));
        }
        return fields;
    }

    private static String dataCheckString(Map<String, String> sorted) {
        return sorted.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining("\n"));
    }
}
