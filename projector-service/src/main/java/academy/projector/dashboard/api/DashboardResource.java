package academy.projector.dashboard.api;

import academy.edge.auth.Caller;
import academy.edge.readmodel.ReadsFrom;
import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import academy.projector.dashboard.application.DashboardService;

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
    @ReadsFrom({"dashboard", "leaderboard", "activities"})
    public Uni<Response> dashboard() {
        return dashboards.dashboardJson(caller.userId())
                .map(text -> Response.ok(text, MediaType.APPLICATION_JSON_TYPE).build());
    }
}
