package academy.edge.readmodel;

import academy.edge.problem.ProblemException;
import java.util.OptionalLong;

/**
 * The one rule for {@code ?after=<position>} on every read route: absent or empty asks for no
 * wait; otherwise it must be ASCII digits only (no sign, no spaces, no other numerals) naming a
 * value that fits in a long. Anything else is a 422 naming {@code after}. Digits only keeps the
 * rule the same whatever a client or proxy does with padding: nothing is trimmed.
 */
public final class AfterPosition {

    public static final String PARAMETER = "after";
    static final String MESSAGE = "must be a position: digits only, a whole number from 0 to " + Long.MAX_VALUE;

    private AfterPosition() {
    }

    /** The position to wait for, or empty when the read asks for none. */
    public static OptionalLong parse(String raw) {
        if (raw == null || raw.isEmpty()) {
            return OptionalLong.empty();
        }
        if (!digitsOnly(raw)) {
            throw refused();
        }
        try {
            return OptionalLong.of(Long.parseLong(raw));
        } catch (NumberFormatException tooLarge) {
            throw refused();
        }
    }

    /** Whether the read asked to wait (the value itself has already passed {@link #parse}). */
    public static boolean asked(String raw) {
        return raw != null && !raw.isEmpty();
    }

    private static boolean digitsOnly(String raw) {
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    private static ProblemException refused() {
        return ProblemException.unprocessable(PARAMETER, MESSAGE);
    }
}
