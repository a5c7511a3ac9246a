package academy.projector.api;

import academy.projector.application.Fresh;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * A read's answer; with {@code ?after} it carries {@code X-Caught-Up: true} when the read models
 * had passed that position, {@code false} when the second ran out first (the body is then what
 * they held at that moment).
 */
final class CaughtUp {

    static final String HEADER = "X-Caught-Up";

    private CaughtUp() {
    }

    static Response ok(Long after, Fresh<?> answer) {
        Response.ResponseBuilder response = Response.ok(answer.value(), MediaType.APPLICATION_JSON_TYPE);
        if (after != null) {
            response.header(HEADER, Boolean.toString(answer.caughtUp()));
        }
        return response.build();
    }
}
