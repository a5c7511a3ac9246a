package academy.edge.json;

import java.math.BigDecimal;

/**
 * What every value a client sends must fit before anything reads or stores it: numbers of
 * bounded magnitude and digits (PostgreSQL's jsonb and every JSON reader can hold them, and a
 * stored event stays readable), text without NUL or broken UTF-16 (PostgreSQL refuses both).
 */
public final class InputBounds {

    /** Digits before the decimal point: below 10^16, enough for any amount, score or answer. */
    public static final int MAX_INTEGER_DIGITS = 16;
    /** Digits after the decimal point once trailing zeros are dropped (a double prints at most 17). */
    public static final int MAX_FRACTION_DIGITS = 20;

    private InputBounds() {
    }

    /** Why {@code value} is refused, or null when it fits. */
    public static String numberProblem(BigDecimal value) {
        if (value.signum() == 0) {
            return null;
        }
        BigDecimal exact = value.stripTrailingZeros();
        int integerDigits = exact.precision() - exact.scale();
        if (integerDigits > MAX_INTEGER_DIGITS) {
            return "must be below 1e" + MAX_INTEGER_DIGITS + " in magnitude";
        }
        if (exact.scale() > MAX_FRACTION_DIGITS) {
            return "must have at most " + MAX_FRACTION_DIGITS + " digits after the decimal point";
        }
        return null;
    }

    /** Why {@code text} is refused, or null when it fits. */
    public static String textProblem(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\u0000') {
                return "must not contain the NUL character";
            }
            if (Character.isHighSurrogate(c)) {
                if (i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                    i++;
                    continue;
                }
                return "must be valid Unicode (an unpaired surrogate)";
            }
            if (Character.isLowSurrogate(c)) {
                return "must be valid Unicode (an unpaired surrogate)";
            }
        }
        return null;
    }
}
