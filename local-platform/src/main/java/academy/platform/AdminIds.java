package academy.platform;

import java.util.ArrayList;
import java.util.List;

/**
 * ACADEMY_ADMIN_IDS for a local run: the Telegram ids whose tokens carry the admin group, the
 * same variable (comma-separated ids) the services read on Kubernetes. The launcher is stricter
 * than the services, which skip what is not an id: a typo here would silently leave the
 * operator without the right to author courses, so it stops the start instead.
 */
final class AdminIds {

    /** The local admin when nothing is set and sign-in uses the development bot token. */
    static final long DEVELOPMENT_ADMIN = 1L;

    private AdminIds() {
    }

    /**
     * Unset or blank: user 1 with the development bot token ({@code ./academy login 1} signs in
     * as admin), nobody with a real bot token (a real Telegram user 1 must not become admin).
     */
    static List<Long> parse(String value, boolean realBotToken) {
        if (value == null || value.isBlank()) {
            return realBotToken ? List.of() : List.of(DEVELOPMENT_ADMIN);
        }
        List<Long> ids = new ArrayList<>();
        for (String item : value.split(",", -1)) {
            String id = item.strip();
            if (id.isEmpty()) {
                throw invalid(value, "it has an empty item");
            }
            if (!id.matches("[0-9]{1,19}")) {
                throw invalid(value, "'" + id + "' is not a Telegram user id (a positive whole number)");
            }
            long parsed;
            try {
                parsed = Long.parseLong(id);
            } catch (NumberFormatException tooLarge) {
                throw invalid(value, "'" + id + "' is too large for a Telegram user id");
            }
            if (parsed == 0) {
                throw invalid(value, "'0' is not a Telegram user id (a positive whole number)");
            }
            if (!ids.contains(parsed)) {
                ids.add(parsed);
            }
        }
        return List.copyOf(ids);
    }

    private static PlatformException invalid(String value, String why) {
        // One line whatever the variable holds.
        return new PlatformException(("ACADEMY_ADMIN_IDS='" + value + "' is not a comma-separated list of Telegram user ids: "
                + why + " (for example ACADEMY_ADMIN_IDS=123456789,987654321)").replaceAll("\\p{Cntrl}", "?"));
    }
}
