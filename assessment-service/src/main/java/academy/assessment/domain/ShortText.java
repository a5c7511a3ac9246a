package academy.assessment.domain;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;

/**
 * Short-text answers compare after Unicode NFKC (compatibility forms: full-width letters,
 * ligatures), every Unicode space turned into a plain space (U+00A0 from a phone keyboard,
 * U+2009, U+3000, zero-width spaces...), trimming and case folding. Inner spaces still count.
 */
public final class ShortText {

    private ShortText() {
    }

    public static String normalize(String text) {
        if (text == null) {
            return "";
        }
        String compatible = plainSpaces(Normalizer.normalize(text, Normalizer.Form.NFKC)).strip();
        // Upper then lower folds case like full case folding for what matters here ("ß" ~ "SS").
        String folded = compatible.toUpperCase(Locale.ROOT).toLowerCase(Locale.ROOT);
        return Normalizer.normalize(folded, Normalizer.Form.NFKC);
    }

    public static boolean matches(String given, List<String> accepted) {
        String normalized = normalize(given);
        return !normalized.isEmpty() && accepted.stream().map(ShortText::normalize).anyMatch(normalized::equals);
    }

    private static String plainSpaces(String text) {
        StringBuilder plain = new StringBuilder(text.length());
        text.codePoints().forEach(c -> {
            if (isZeroWidth(c)) {
                return;
            }
            plain.appendCodePoint(Character.isWhitespace(c) || Character.isSpaceChar(c) ? ' ' : c);
        });
        return plain.toString();
    }

    private static boolean isZeroWidth(int c) {
        return c == 0x200B || c == 0x2060 || c == 0xFEFF || c == 0x180E;
    }
}
