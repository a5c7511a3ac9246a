package academy.projector.api;

import academy.edge.auth.Caller;
import academy.projector.application.Fresh;
import academy.projector.application.ReadPositions;
import academy.projector.application.Views.Activities;
import academy.projector.infrastructure.sql.ActivityRows;
import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;

/** The caller's latest activities, newest first. */
@Path("/activities")
@Authenticated
public class ActivitiesResource {

    static final int DEFAULT_LIMIT = 20;
    static final int MAX_LIMIT = 100;

    private final ActivityRows activities;
    private final ReadPositions positions;
    private final Caller caller;

    public ActivitiesResource(ActivityRows activities, ReadPositions positions, Caller caller) {
        this.activities = activities;
        this.positions = positions;
        this.caller = caller;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Uni<Response> activities(@QueryParam("limit") String limit, @QueryParam("after") String after) {
        int size = QueryParams.limit(limit, DEFAULT_LIMIT, MAX_LIMIT);
        Long position = QueryParams.position(after);
        long userId = caller.userId();
        return positions.await(position, List.of("activities")).chain(caughtUp -> activities.recent(userId, size)
                .map(items -> CaughtUp.ok(position, new Fresh<>(new Activities(userId, items), caughtUp))));
    }
}
