package academy.projector.activities.api;

import academy.edge.auth.Caller;
import academy.edge.readmodel.ReadsFrom;
import academy.projector.projection.application.Views.Activities;
import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import academy.projector.activities.application.ActivityQueries;
import academy.projector.projection.api.QueryParams;

/** The caller's latest activities, newest first. */
@Path("/activities")
@Authenticated
public class ActivitiesResource {

    static final int DEFAULT_LIMIT = 20;
    static final int MAX_LIMIT = 100;

    private final ActivityQueries activities;
    private final Caller caller;

    public ActivitiesResource(ActivityQueries activities, Caller caller) {
        this.activities = activities;
        this.caller = caller;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @ReadsFrom("activities")
    public Uni<Activities> activities(@QueryParam("limit") String limit) {
        int size = QueryParams.limit(limit, DEFAULT_LIMIT, MAX_LIMIT);
        return activities.recent(caller.userId(), size);
    }
}
