package academy.yardstick;

import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.NotAuthorizedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * {@code POST /lessons/progress/{lessonId}} as the stack alone answers it: a verified token, the
 * body parsed, one row inserted, a small JSON answer. No lesson, no enrolment, no decision.
 */
@Path("/lessons")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
public class ProgressResource {

    private final JsonWebToken token;
    private final YardstickEvents events;

    public ProgressResource(JsonWebToken token, YardstickEvents events) {
        this.token = token;
        this.events = events;
    }

    @POST
    @Path("/progress/{lessonId}")
    @Consumes(MediaType.APPLICATION_JSON)
    public Uni<Recorded> record(@PathParam("lessonId") String lessonId, ProgressBody body) {
        UUID lesson = lessonIdOf(lessonId);
        if (body == null || body.score() == null || body.timeSpent() == null) {
            throw new WebApplicationException("score and timeSpent are required", 422);
        }
        long userId = userId();
        return events.append(userId, lesson, body).map(position -> new Recorded(lesson, position));
    }

    /** The answer: which lesson, and the row's global position (what the service's answer carries too). */
    public record Recorded(UUID lessonId, long position) {
    }

    private long userId() {
        try {
            return Long.parseLong(token.getSubject());
        } catch (NumberFormatException | NullPointerException e) {
            throw new NotAuthorizedException(Response.status(401).build());
        }
    }

    private static UUID lessonIdOf(String lessonId) {
        try {
            return UUID.fromString(lessonId);
        } catch (IllegalArgumentException e) {
            throw new NotFoundException();
        }
    }
}
