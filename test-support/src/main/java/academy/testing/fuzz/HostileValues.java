package academy.testing.fuzz;

import java.util.List;

/**
 * The catalogue: values no client should be able to turn into a 500, a stored value nobody can
 * read back, or a leak. Body values are raw JSON; path and query values are raw URL text.
 */
public final class HostileValues {

    private HostileValues() {
    }

    /** In place of any one field of a body (raw JSON text). */
    public static final List<String> FIELD = List.of(
            "1e-20000", "1e-16383", "1e400", "-1e400", "123456789012345678901234567890", "9223372036854775808",
            "-1", "0", "1.5", "0.1e1",
            "\"a\\u0000b\"", "\"\\ud800\"", "\"x\\udc00\"", "\"" + "x".repeat(10_000) + "\"", "\"' OR 1=1 --\"",
            "\"\"", "\"../../etc/passwd\"",
            "true", "null", "[]", "{}", "[null]", "[\"\\u0000\"]", "[1e-20000]",
            "[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[1]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]");

    /** Whole bodies that are not one JSON object of the route's shape. */
    public static List<String> wholeBodies(String baseline) {
        return List.of("", "{", "[]", "\"x\"", "1", "null", "{\"field\":1,}", "{'single':'quotes'}",
                baseline + " {}", baseline + " garbage", "\u0000",
                "{\"a\":" + "[".repeat(200) + "]".repeat(200) + "}");
    }

    /** In place of a path parameter (raw URL text, sent unencoded). */
    public static final List<String> PATH = List.of(
            "0", "-1", "9223372036854775808", "99999999999999999999", "abc", "%00", "%2e%2e", "..%2F..%2Fetc%2Fpasswd",
            "1e-20000", "%C0%AF", "%ED%A0%80", "%F0%9F%98%80", "x".repeat(300), "00000000-0000-0000-0000-000000000000",
            "%27%20OR%201%3D1%20--", "%20");

    /** In place of a query parameter (raw URL text). */
    public static final List<String> QUERY = List.of(
            "abc", "-1", "99999999999999999999", "1e-20000", "1.5", "%00", "%C0%AF", "%ED%A0%80", "x".repeat(2000), "",
            "%27%20OR%201%3D1%20--");
}
