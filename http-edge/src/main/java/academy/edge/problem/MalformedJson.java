package academy.edge.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What is wrong with a body that is not JSON we take, said in fixed words (never the parser's own text). */
final class MalformedJson {

    private static final Pattern DUPLICATE = Pattern.compile("^Duplicate field '([^']{1,64})'");

    private MalformedJson() {
    }

    static String describe(JsonProcessingException e) {
        String message = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
        Matcher duplicate = DUPLICATE.matcher(message);
        if (duplicate.find() && duplicate.group(1).chars().allMatch(c -> c >= 0x20 && c < 0x7f && c != '"' && c != '\\')) {
            return "malformed JSON: the key \"" + duplicate.group(1) + "\" appears twice in one object";
        }
        if (message.startsWith("Duplicate field")) {
            return "malformed JSON: a key appears twice in one object";
        }
        if (e instanceof StreamConstraintsException) {
            return "malformed JSON: a number is too long or the document is nested too deeply";
        }
        if (message.startsWith("Trailing token")) {
            return "malformed JSON: there is more after the JSON value";
        }
        return "malformed JSON";
    }
}
