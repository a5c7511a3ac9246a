package academy.assessment.domain;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;

/** Short-text answers compare after Unicode NFC, trimming and case folding. */
public final class ShortText {

    private ShortText() {
    }

    public static String normalize(String text) {
        if (text == null) {
            return "";
        }
        String composed = Normalizer.normalize(text, Normalizer.Form.NFC).strip();
        // Upper then lower folds case like full case folding for what matters here ("ß" ~ "SS").
        String folded = composed.toUpperCase(Locale.ROOT).toLowerCase(Locale.ROOT);
        return Normalizer.normalize(folded, Normalizer.Form.NFC);
    }

    public static boolean matches(String given, List<String> accepted) {
        String normalized = normalize(given);
        return !normalized.isEmpty() && accepted.stream().map(ShortText::normalize).anyMatch(normalized::equals);
    }
}
