package academy.user.domain;

import academy.refusal.FieldRefusal;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** What a learner may set: an IANA zone id, an IETF language tag, a display name. */
public final class ProfileRules {

    public static final int MAX_DISPLAY_NAME = 64;
    private static final Pattern LANGUAGE_TAG = Pattern.compile("[a-zA-Z]{2,8}(-[a-zA-Z0-9]{1,8}){0,4}");

    private ProfileRules() {
    }

    public static List<FieldRefusal> check(UserCommand.ChangeProfile change) {
        List<FieldRefusal> problems = new ArrayList<>();
        if (change.timeZone() == null && change.languageCode() == null && change.displayName() == null) {
            problems.add(new FieldRefusal("body", "give at least one of timeZone, languageCode, displayName"));
            return problems;
        }
        if (change.timeZone() != null && !isIanaZone(change.timeZone())) {
            problems.add(new FieldRefusal("timeZone", "unknown time zone; use an IANA id such as Europe/Berlin"));
        }
        if (change.languageCode() != null && !LANGUAGE_TAG.matcher(change.languageCode()).matches()) {
            problems.add(new FieldRefusal("languageCode", "not an IETF language tag such as en or pt-BR"));
        }
        if (change.displayName() != null) {
            String name = change.displayName().strip();
            if (name.isEmpty() || name.codePointCount(0, name.length()) > MAX_DISPLAY_NAME) {
                problems.add(new FieldRefusal("displayName", "must be 1 to " + MAX_DISPLAY_NAME + " characters"));
            } else if (name.codePoints().anyMatch(Character::isISOControl)) {
                problems.add(new FieldRefusal("displayName", "must not contain control characters"));
            }
        }
        return problems;
    }

    public static boolean isIanaZone(String id) {
        return ZoneId.getAvailableZoneIds().contains(id);
    }
}
