package academy.user.domain;

import java.time.Instant;
import java.util.Map;

/** Init data whose signature and age were checked: the decoded fields exactly as received. */
public record VerifiedInitData(Map<String, String> fields, Instant authDate) {

    public VerifiedInitData {
        fields = Map.copyOf(fields);
    }

    /** The raw {@code user} JSON (never re-serialized: its bytes were signed). */
    public String userJson() {
        String user = fields.get("user");
        if (user == null || user.isBlank()) {
            throw new InitDataRejected(InitDataRejected.Reason.MISSING_USER);
        }
        return user;
    }
}
