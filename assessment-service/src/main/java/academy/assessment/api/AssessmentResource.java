package academy.assessment.api;

import academy.assessment.application.AssessmentCatalog;
import academy.assessment.application.AttemptCommands;
import academy.assessment.application.ModuleGates;
import academy.edge.auth.Caller;
import academy.edge.idempotency.CommandResponse;
import academy.edge.idempotency.IdempotentCommands;
import academy.edge.problem.ProblemException;
import academy.edge.readmodel.ReadsFrom;
import academy.edge.readmodel.StoreReadPositions;
import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.UUID;

@Path("/assessments")
@Produces(MediaType.APPLICATION_JSON)
public class AssessmentResource {

    private final AssessmentCatalog catalog;
    private final AttemptCommands attempts;
    private final ModuleGates gates;
    private final IdempotentCommands idempotent;
    private final Caller caller;

    public AssessmentResource(AssessmentCatalog catalog, AttemptCommands attempts, ModuleGates gates,
                              IdempotentCommands idempotent, Caller caller) {
        this.catalog = catalog;
        this.attempts = attempts;
        this.gates = gates;
        this.idempotent = idempotent;
        this.caller = caller;
    }

    @POST
    @RolesAllowed("admin")
    public Uni<Response> define(AssessmentRequest request, @HeaderParam(IdempotentCommands.HEADER) String key,
                                @HeaderParam("traceparent") String traceparent) {
        ProblemException.requireBody(request);
        String route = "POST /assessments";
        var origin = IdempotentCommands.origin(caller.userId(), route, key, traceparent, request);
        return idempotent.run(route, key, request, () -> catalog.define(request.toDraft(), origin)
                .map(result -> CommandResponse.created(AssessmentView.of(result.state(), result.position()))));
    }

    @GET
    @Path("/{assessmentId}")
    @Authenticated
    @ReadsFrom(StoreReadPositions.STORE_HEAD)
    public Uni<AssessmentView> get(@PathParam("assessmentId") UUID assessmentId) {
        long userId = caller.userId();
        boolean admin = caller.isAdmin();
        return catalog.find(assessmentId)
                .call(assessment -> {
                    if (assessment == null) {
                        throw ProblemException.notFound("no assessment " + assessmentId);
                    }
                    // Like a lesson, a gated assessment shows its questions only once its module is open.
                    return admin ? Uni.createFrom().voidItem() : gates.openFor(userId, assessmentId).invoke(open -> {
                        if (!open) {
                            throw ProblemException.forbidden("this assessment opens with its module, which is still locked");
                        }
                    });
                })
                .map(assessment -> AssessmentView.of(assessment, null));
    }

    @POST
    @Path("/{assessmentId}/attempts")
    @Authenticated
    public Uni<Response> start(@PathParam("assessmentId") UUID assessmentId,
                               @HeaderParam(IdempotentCommands.HEADER) String key,
                               @HeaderParam("traceparent") String traceparent) {
        String route = "POST /assessments/" + assessmentId + "/attempts";
        var origin = IdempotentCommands.origin(caller.userId(), route, key, traceparent, null);
        return idempotent.run(route, key, null, () -> attempts.start(assessmentId, origin)
                .map(outcome -> CommandResponse.created(AttemptView.of(outcome))));
    }
}
