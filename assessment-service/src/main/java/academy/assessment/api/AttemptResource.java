package academy.assessment.api;

import academy.assessment.application.AttemptCommands;
import academy.assessment.domain.Answer;
import academy.edge.auth.Caller;
import academy.edge.idempotency.CommandResponse;
import academy.edge.idempotency.IdempotentCommands;
import academy.edge.problem.ProblemException;
import academy.edge.readmodel.ReadsFrom;
import academy.edge.readmodel.StoreReadPositions;
import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.UUID;

@Path("/attempts/{attemptId}")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
public class AttemptResource {

    private final AttemptCommands attempts;
    private final IdempotentCommands idempotent;
    private final Caller caller;

    public AttemptResource(AttemptCommands attempts, IdempotentCommands idempotent, Caller caller) {
        this.attempts = attempts;
        this.idempotent = idempotent;
        this.caller = caller;
    }

    @PUT
    @Path("/answers/{questionId}")
    public Uni<Response> answer(@PathParam("attemptId") UUID attemptId, @PathParam("questionId") UUID questionId,
                                Answer answer, @HeaderParam(IdempotentCommands.HEADER) String key,
                                @HeaderParam("traceparent") String traceparent) {
        ProblemException.requireBody(answer);
        String route = "PUT /attempts/" + attemptId + "/answers/" + questionId;
        var origin = IdempotentCommands.origin(caller.userId(), route, key, traceparent, answer);
        return idempotent.run(route, key, answer, () -> attempts.answer(attemptId, questionId, answer, origin)
                .map(outcome -> CommandResponse.ok(new AnswerView(attemptId, questionId,
                        outcome.state().answers().get(questionId), outcome.position()))));
    }

    @POST
    @Path("/submit")
    public Uni<Response> submit(@PathParam("attemptId") UUID attemptId,
                                @HeaderParam(IdempotentCommands.HEADER) String key,
                                @HeaderParam("traceparent") String traceparent) {
        String route = "POST /attempts/" + attemptId + "/submit";
        var origin = IdempotentCommands.origin(caller.userId(), route, key, traceparent, null);
        return idempotent.run(route, key, null, () -> attempts.submit(attemptId, origin)
                .map(outcome -> CommandResponse.ok(ResultView.of(outcome))));
    }

    @GET
    @ReadsFrom(StoreReadPositions.STORE_HEAD)
    public Uni<AttemptView> get(@PathParam("attemptId") UUID attemptId) {
        long callerId = caller.userId();
        return attempts.view(attemptId, callerId)
                .map(AttemptView::of);
    }
}
