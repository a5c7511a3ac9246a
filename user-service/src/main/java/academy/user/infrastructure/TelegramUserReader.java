package academy.user.infrastructure;

import academy.edge.json.InputBounds;
import academy.refusal.RefusedException;
import academy.user.domain.InitDataRejected;
import academy.user.domain.InitDataRejected.Reason;
import academy.user.domain.TelegramUser;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Reads the signed {@code user} JSON of init data; ids above 2^32 stay exact (int64). One JSON
 * object and nothing after it, no key twice (a second {@code id} must not pick the account).
 */
public final class TelegramUserReader {

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    private TelegramUserReader() {
    }

    public static TelegramUser read(String userJson) {
        JsonNode user;
        try {
            user = MAPPER.readTree(userJson);
        } catch (JsonProcessingException e) {
            throw new InitDataRejected(Reason.INVALID_USER);
        }
        if (user == null || !user.isObject()) {
            throw new InitDataRejected(Reason.INVALID_USER);
        }
        JsonNode id = user.get("id");
        if (id == null || !id.isIntegralNumber() || !id.canConvertToLong() || id.asLong() <= 0) {
            throw new InitDataRejected(Reason.INVALID_USER);
        }
        return new TelegramUser(id.asLong(), text(user, "first_name", ""), text(user, "last_name", null),
                text(user, "username", null), text(user, "language_code", null), text(user, "photo_url", null));
    }

    private static String text(JsonNode user, String field, String fallback) {
        JsonNode value = user.get(field);
        if (value == null || !value.isTextual()) {
            return fallback;
        }
        String problem = InputBounds.textProblem(value.asText());
        if (problem != null) {
            throw RefusedException.invalid("initData.user." + field, problem);
        }
        return value.asText();
    }
}
