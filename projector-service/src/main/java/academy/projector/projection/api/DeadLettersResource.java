package academy.projector.projection.api;

import academy.edge.problem.FieldError;
import academy.edge.problem.ProblemException;
import academy.eventstore.DeadLetter;
import academy.eventstore.DeadLetters;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.logging.Log;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import academy.projector.projection.application.ProjectionCatalogue;

/** Operators: events the projections parked after repeated failures, to retry or skip. */
@Path("/projections/dead-letters")
@RolesAllowed("admin")
@Produces(MediaType.APPLICATION_JSON)
public class DeadLettersResource {

    private final DeadLetters deadLetters;
    private final ObjectMapper json;

    public DeadLettersResource(DeadLetters deadLetters, ObjectMapper json) {
        this.deadLetters = deadLetters;
        this.json = json;
    }

    @GET
    public Uni<List<DeadLetter>> list() {
        return deadLetters.list().map(all -> all.stream().filter(DeadLettersResource::ours).toList());
    }

    /** Handles the event again with its projection; 409 (and it stays parked) when it fails again. */
    @POST
    @Path("/{id}/retry")
    @Consumes(MediaType.WILDCARD)
    public Uni<DeadLetter> retry(@PathParam("id") String id, String body) {
        long letterId = parse(id);
        EmptyBody.require(json, body);
        return parked(letterId).chain(() -> deadLetters.retry(letterId))
                .onFailure(DeadLetters.LedElsewhereException.class).transform(failure -> ProblemException.conflict(
                        "another replica runs this projection now; send the retry again"))
                .onFailure(failure -> !(failure instanceof ProblemException)).transform(failure -> {
                    Log.warnf("dead letter %d failed again: %s", letterId, failure.getClass().getSimpleName());
                    return ProblemException.conflict("the event failed again and stays parked");
                });
    }

    @POST
    @Path("/{id}/skip")
    @Consumes(MediaType.WILDCARD)
    public Uni<DeadLetter> skip(@PathParam("id") String id, String body) {
        long letterId = parse(id);
        EmptyBody.require(json, body);
        return parked(letterId).chain(() -> deadLetters.skip(letterId));
    }

    private Uni<DeadLetter> parked(long id) {
        return deadLetters.find(id).map(letter -> {
            if (letter == null || !ours(letter)) {
                throw ProblemException.notFound("no dead letter " + id);
            }
            if (!"parked".equals(letter.status())) {
                throw ProblemException.conflict("dead letter " + id + " was already " + letter.status());
            }
            return letter;
        });
    }

    private static boolean ours(DeadLetter letter) {
        return letter.subscription().startsWith(ProjectionCatalogue.SUBSCRIPTION_PREFIX);
    }

    /** A dead letter's id is a number; anything else names no dead letter (and is not echoed back). */
    private static long parse(String id) {
        try {
            return Long.parseLong(id);
        } catch (NumberFormatException e) {
            throw new ProblemException(404, "Not Found", "no dead letter with this id",
                    List.of(new FieldError("id", "no dead letter with this id")));
        }
    }
}
