package academy.user.api;

import academy.edge.auth.Caller;
import academy.edge.problem.ProblemException;
import academy.edge.readmodel.ReadsFrom;
import academy.user.application.ProfileChange;
import academy.user.application.UserCommands;
import academy.user.application.UserQueries;
import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** The signed-in learner's own profile, settings and streak; admins may read any learner's. */
@Path("/users")
@Produces(MediaType.APPLICATION_JSON)
public class UserResource {

    private final Caller caller;
    private final UserQueries queries;
    private final UserCommands commands;

    public UserResource(Caller caller, UserQueries queries, UserCommands commands) {
        this.caller = caller;
        this.queries = queries;
        this.commands = commands;
    }

    @GET
    @Path("/me")
    @Authenticated
    @ReadsFrom("user-streaks") // ?after=<position of a LessonCompleted>: the streak reaction has passed it
    public Uni<UserResponse> me() {
        return queries.user(caller.userId()).map(UserResponse::of);
    }

    @PATCH
    @Path("/me")
    @Authenticated
    @Consumes(MediaType.APPLICATION_JSON)
    public Uni<UserResponse> change(ProfilePatch body, @HeaderParam("traceparent") String traceparent) {
        long userId = caller.userId();
        if (body == null) {
            throw ProblemException.unprocessable("body", "give at least one of timeZone, languageCode, displayName");
        }
        ProfileChange change = new ProfileChange(body.timeZone(), body.languageCode(), body.displayName());
        return Uni.createFrom().deferred(() -> commands.changeProfile(userId, change, traceparent))
                .map(UserResponse::of);
    }

    @DELETE
    @Path("/me")
    @Authenticated
    public Uni<Response> erase(@HeaderParam("traceparent") String traceparent) {
        return commands.erase(caller.userId(), traceparent).map(ignored -> Response.noContent().build());
    }

    @GET
    @Path("/{userId}")
    @RolesAllowed("admin")
    public Uni<UserResponse> user(@PathParam("userId") String userId) {
        try {
            return queries.user(Long.parseLong(userId)).map(UserResponse::of);
        } catch (NumberFormatException e) {
            throw ProblemException.notFound("no such user");
        }
    }
}
