package academy.platform;

import java.util.Locale;

/**
 * Paths the gateway refuses before routing (400): a service behind it normalises
 * {@code /auth/../q/metrics} to {@code /q/metrics}, so a dot-segment, in any encoding, would
 * reach a route no prefix was meant to expose. Encoded slashes, backslashes and NUL go too.
 */
final class GatewayPaths {

    private GatewayPaths() {
    }

    /** Why {@code rawPath} is refused, or null when it may be routed. */
    static String problem(String rawPath) {
        if (rawPath == null || !rawPath.startsWith("/")) {
            return "the path must start with /";
        }
        String lower = rawPath.toLowerCase(Locale.ROOT);
        if (lower.contains("%2f") || lower.contains("%5c") || lower.contains("\\") || lower.contains("%00")) {
            return "the path must not contain encoded slashes, backslashes or NUL";
        }
        String decodedDots = lower.replace("%2e", ".");
        for (String segment : decodedDots.split("/", -1)) {
            String bare = segment.contains(";") ? segment.substring(0, segment.indexOf(';')) : segment;
            if (bare.equals(".") || bare.equals("..")) {
                return "the path must not contain . or .. segments";
            }
        }
        return null;
    }
}
