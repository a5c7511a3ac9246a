package academy.testing;

import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.function.Supplier;

/**
 * The one rule for {@code ?after=<position>} (docs/architecture.md "Reading your own writes"), checked
 * on a service's read route: bad positions are a 422 problem naming {@code after}, an empty one is
 * like none (no wait, no {@code X-Caught-Up}), position 0 has been passed by every read model.
 */
public final class ReadAfterRule {

    public static final String CAUGHT_UP = "X-Caught-Up";
    private static final String[] REFUSED = {"abc", "-1", "99999999999999999999", "+5", " 5", "1.0"};

    private ReadAfterRule() {
    }

    /** {@code request} gives a fresh request (with its token); {@code path} is the read route. */
    public static void assertFollowedBy(Supplier<RequestSpecification> request, String path) {
        for (String after : REFUSED) {
            Response refused = request.get().queryParam("after", after).get(path);
            String what = "GET " + path + "?after=" + after;
            assertThat(refused.statusCode()).as(what).isEqualTo(422);
            assertThat(refused.contentType()).as(what).startsWith("application/problem+json");
            assertThat(refused.jsonPath().getString("errors[0].field")).as(what).isEqualTo("after");
        }
        Response absent = request.get().get(path);
        Response empty = request.get().get(path + (path.contains("?") ? "&" : "?") + "after=");
        assertThat(empty.statusCode()).as("?after= is like no after").isEqualTo(absent.statusCode());
        assertThat(empty.header(CAUGHT_UP)).as("?after= asks for no wait").isNull();
        assertThat(absent.header(CAUGHT_UP)).as("no after, no wait").isNull();
        Response zero = request.get().queryParam("after", "0").get(path);
        assertThat(zero.statusCode()).as("?after=0").isEqualTo(absent.statusCode());
        assertThat(zero.header(CAUGHT_UP)).as("?after=0 has been passed").isEqualTo("true");
    }
}
