package academy.projector.api;

import academy.projector.application.ProjectionOverview;
import academy.projector.application.ProjectionOverview.Projection;
import academy.projector.application.ProjectionRebuilder;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;

/** Operators: where each projection stands, and rebuilds without downtime. */
@Path("/projections")
@RolesAllowed("admin")
@Produces(MediaType.APPLICATION_JSON)
public class ProjectionsResource {

    private final ProjectionOverview overview;
    private final ProjectionRebuilder rebuilder;

    public ProjectionsResource(ProjectionOverview overview, ProjectionRebuilder rebuilder) {
        this.overview = overview;
        this.rebuilder = rebuilder;
    }

    @GET
    public Uni<List<Projection>> projections() {
        return overview.all();
    }

    /** 202: the rebuild runs in the background; GET /projections shows its progress. */
    @POST
    @Path("/{name}/rebuild")
    public Uni<Response> rebuild(@PathParam("name") String name) {
        return rebuilder.start(name).map(status -> Response.accepted(status).build());
    }
}
