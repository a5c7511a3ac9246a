package academy.learning.api;

import academy.edge.auth.Caller;
import academy.edge.idempotency.CommandResponse;
import academy.edge.idempotency.IdempotentCommands;
import academy.edge.problem.ProblemException;
import academy.edge.readmodel.ReadsFrom;
import academy.eventstore.command.CommandOrigin;
import academy.learning.application.LessonCommands;
import academy.learning.application.LessonOutcome;
import academy.learning.application.LessonQueries;
import academy.learning.domain.Sitting;
import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.UUID;

/** The learner's lesson routes: start, record a sitting, read the state. */
@Path("/lessons")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
public class LessonResource {

    private final Caller caller;
    private final IdempotentCommands idempotent;
    private final LessonCommands commands;
    private final LessonQueries queries;

    public LessonResource(Caller caller, IdempotentCommands idempotent, LessonCommands commands,
                          LessonQueries queries) {
        this.caller = caller;
        this.idempotent = idempotent;
        this.commands = commands;
        this.queries = queries;
    }

    @POST
    @Path("/{lessonId}/start")
    public Uni<Response> start(@PathParam("lessonId") String lessonId,
                               @HeaderParam(IdempotentCommands.HEADER) String idempotencyKey,
                               @HeaderParam("traceparent") String traceparent) {
        UUID id = lessonIdOf(lessonId);
        CommandOrigin origin = origin("POST /lessons/" + id + "/start", idempotencyKey, traceparent, null);
        return idempotent.run(origin.route(), idempotencyKey, null,
                () -> answer(commands.start(origin, id)));
    }

    @POST
    @Path("/progress/{lessonId}")
    @Consumes(MediaType.APPLICATION_JSON)
    public Uni<Response> recordProgress(@PathParam("lessonId") String lessonId,
                                        @HeaderParam(IdempotentCommands.HEADER) String idempotencyKey,
                                        @HeaderParam("traceparent") String traceparent, ProgressRequest body) {
        UUID id = lessonIdOf(lessonId);
        Sitting sitting = ProgressRequests.toSitting(body);
        CommandOrigin origin = origin("POST /lessons/progress/" + id, idempotencyKey, traceparent, sitting);
        return idempotent.run(origin.route(), idempotencyKey, sitting,
                () -> answer(commands.recordProgress(origin, id, sitting)));
    }

    @GET
    @Path("/{lessonId}/progress")
    @ReadsFrom({"learning-lessons", "learning-xp"})
    public Uni<LessonStateResponse> progress(@PathParam("lessonId") String lessonId) {
        UUID id = lessonIdOf(lessonId);
        long userId = caller.userId();
        return queries.progress(userId, id)
                .map(LessonStateResponse::of);
    }

    private CommandOrigin origin(String route, String idempotencyKey, String traceparent, Object request) {
        IdempotentCommands.validateKey(idempotencyKey);
        return IdempotentCommands.origin(caller.userId(), route, idempotencyKey, traceparent, request);
    }

    private static Uni<CommandResponse> answer(Uni<LessonOutcome> outcome) {
        return outcome.map(result -> CommandResponse.ok(LessonStateResponse.of(result)));
    }

    private static UUID lessonIdOf(String lessonId) {
        try {
            return UUID.fromString(lessonId);
        } catch (IllegalArgumentException e) {
            throw ProblemException.notFound("no such lesson");
        }
    }
}
