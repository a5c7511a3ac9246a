package academy.testing;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/** Hostile inputs and the checks every refusal must pass: a clear 4xx, no internals, nothing stored. */
public final class HostileRequests {

    public static final String SQL = "' OR 1=1 --";
    public static final String TRAVERSAL = "..%2F..%2F..%2Fetc%2Fpasswd";
    public static final String LONG = "x".repeat(10_000);
    /** Over quarkus.http.limits.max-body-size (256K). */
    public static final String HUGE_BODY = "{\"field\":\"" + "a".repeat(300 * 1024) + "\"}";
    /** A JSON object whose string holds bytes that are not UTF-8 (a lone continuation byte and an overlong form). */
    public static final byte[] INVALID_UTF8 = concat("{\"field\":\"".getBytes(StandardCharsets.US_ASCII),
            new byte[] {(byte) 0xC3, (byte) 0x28, (byte) 0x80, (byte) 0xC0, (byte) 0xAF},
            "\"}".getBytes(StandardCharsets.US_ASCII));
    public static final List<String> MALFORMED = List.of("{\"field\": ", "[1, 2", "not json at all", "{\"field\":1,}", "{\"field\" 1}", "{'single':'quotes'}");
    private static final List<String> INTERNALS = List.of("Exception", "\tat ", ".java:", "Caused by", "org.postgresql",
            "io.vertx", "SQLSTATE", "stack");

    private HostileRequests() {
    }

    /** The forged tokens of {@link TestTokens}, each of which must be refused (401) on every route. */
    public static Map<String, String> forgedTokens(long userId, long otherUserId) {
        return Map.of("expired", TestTokens.expired(userId),
                "signed with an unknown key", TestTokens.signedWithUnknownKey(userId),
                "unsigned (alg none)", TestTokens.unsigned(userId),
                "tampered subject", TestTokens.tampered(TestTokens.learner(userId), otherUserId),
                "not a JWT", "abc.def.ghi");
    }

    /** A refusal: one of {@code statuses} (any 4xx when none given), problem+json when it has a body, no internals. */
    /**
     * A route as {@code {method, path, JSON body or null}}, sent as written: URL encoding off, so
     * hostile ids reach the server as they are.
     */
    public static Response send(RequestSpecification request, String[] route) {
        RequestSpecification spec = request.urlEncodingEnabled(false);
        if (route.length > 2 && route[2] != null) {
            spec = spec.contentType(ContentType.JSON).body(route[2]);
        }
        return spec.request(route[0], route[1]);
    }

    /** Every forged token of {@code userId} ({@link #forgedTokens}) is 401 on every route. */
    public static void forgedTokensRefused(long userId, long otherUserId, List<String[]> routes) {
        for (Map.Entry<String, String> forged : forgedTokens(userId, otherUserId).entrySet()) {
            for (String[] route : routes) {
                assertRefused(forged.getKey() + " " + route[0] + " " + route[1],
                        send(given().auth().oauth2(forged.getValue()), route), 401);
            }
        }
    }

    public static void assertRefused(String what, Response response, Integer... statuses) {
        String body = response.asString();
        if (statuses.length == 0) {
            assertThat(response.statusCode()).as(what + ": " + body).isBetween(400, 499);
        } else {
            assertThat(response.statusCode()).as(what + ": " + body).isIn((Object[]) statuses);
        }
        for (String internal : INTERNALS) {
            assertThat(body).as(what + " leaks internals").doesNotContainIgnoringCase(internal);
        }
        if (!body.isEmpty() && response.statusCode() != 413 && response.statusCode() != 414
                && response.statusCode() != 431) {
            assertThat(response.contentType()).as(what + ": " + body).startsWith("application/problem+json");
        }
    }

    /** The field a 422 names. */
    public static void assertNamesField(String what, Response response, String field) {
        assertRefused(what, response, 422);
        assertThat(response.jsonPath().getList("errors.field", String.class)).as(what).contains(field);
    }

    public static long eventCount() {
        return TestPostgres.pool().query("SELECT count(*) FROM event_store").execute()
                .await().atMost(Duration.ofSeconds(10)).iterator().next().getLong(0);
    }

    /** Waits until {@code subscription} has passed the newest event, so a reaction appends nothing during a count. */
    public static void awaitSubscriptionAtHead(String subscription) {
        Poll.until(Duration.ofSeconds(15), () -> TestPostgres.pool().preparedQuery(
                "SELECT EXISTS (SELECT 1 FROM subscription_checkpoints c, (SELECT transaction_id, global_position "
                        + "FROM event_store ORDER BY transaction_id DESC, global_position DESC LIMIT 1) e "
                        + "WHERE c.subscription = $1 "
                        + "AND (c.transaction_id, c.global_position) >= (e.transaction_id, e.global_position))")
                .execute(io.vertx.mutiny.sqlclient.Tuple.of(subscription))
                .await().atMost(Duration.ofSeconds(10)).iterator().next().getBoolean(0));
    }

    /** Runs the attacks and checks the store holds exactly as many events after as before. */
    public static void changesNothing(Runnable attacks) {
        long before = eventCount();
        attacks.run();
        assertThat(eventCount()).as("events in event_store after the hostile requests").isEqualTo(before);
    }

    /** The same, once {@code settleSubscription} (a reaction that appends) has caught up. */
    public static void changesNothing(String settleSubscription, Runnable attacks) {
        awaitSubscriptionAtHead(settleSubscription);
        long before = eventCount();
        attacks.run();
        assertThat(eventCount()).as("events in event_store after the hostile requests").isEqualTo(before);
    }

    /**
     * Sends an over-limit body. The server answers 413 from the Content-Length and closes the
     * connection; a client still uploading then breaks ("Broken pipe") before it reads that answer.
     * So the request says {@code Expect: 100-continue}: the client sends the head, reads the 413
     * and never starts the body. A try that still breaks is sent again, a few times, so the
     * answer itself is what the test checks.
     */
    public static Response oversized(java.util.function.Supplier<Response> send) {
        io.restassured.specification.RequestSpecification previous = io.restassured.RestAssured.requestSpecification;
        io.restassured.RestAssured.requestSpecification = new io.restassured.builder.RequestSpecBuilder()
                .addHeader("Expect", "100-continue").build();
        try {
            RuntimeException last = null;
            for (int attempt = 0; attempt < 5; attempt++) {
                try {
                    return send.get();
                } catch (RuntimeException e) {
                    if (!brokenUpload(e)) {
                        throw e;
                    }
                    last = e;
                }
            }
            throw last;
        } finally {
            io.restassured.RestAssured.requestSpecification = previous;
        }
    }

    private static boolean brokenUpload(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof java.net.SocketException) {
                return true;
            }
        }
        return false;
    }

    /** The parts one after another: a body with bytes no string could hold (invalid UTF-8). */
    public static byte[] concat(byte[]... parts) {
        int length = 0;
        for (byte[] part : parts) {
            length += part.length;
        }
        byte[] all = new byte[length];
        int at = 0;
        for (byte[] part : parts) {
            System.arraycopy(part, 0, all, at, part.length);
            at += part.length;
        }
        return all;
    }
}
