package academy.projector.api;

import academy.edge.auth.Caller;
import academy.projector.application.DashboardService;
import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** The caller's dashboard: streak, XP and level, courses in progress, next lesson, recent activities. */
@Path("/dashboard")
@Authenticated
public class DashboardResource {

    private final DashboardService dashboards;
    private final Caller caller;

    public DashboardResource(DashboardService dashboards, Caller caller) {
        this.dashboards = dashboards;
        this.caller = caller;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Uni<Response> dashboard(@QueryParam("after") String after) {
        Long position = QueryParams.position(after);
        return dashboards.dashboardJson(caller.userId(), position).map(answer -> CaughtUp.ok(position, answer));
    }
}
