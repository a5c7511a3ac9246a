package academy.projector.projection.api;

import academy.projector.projection.application.ProjectionOverview.Projection;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import academy.projector.projection.application.ProjectionOverview;
import academy.projector.projection.application.ProjectionRebuilder;

/** Operators: where each projection stands, and rebuilds without downtime. */
@Path("/projections")
@RolesAllowed("admin")
@Produces(MediaType.APPLICATION_JSON)
public class ProjectionsResource {

    private final ProjectionOverview overview;
    private final ProjectionRebuilder rebuilder;
    private final ObjectMapper json;

    public ProjectionsResource(ProjectionOverview overview, ProjectionRebuilder rebuilder, ObjectMapper json) {
        this.overview = overview;
        this.rebuilder = rebuilder;
        this.json = json;
    }

    @GET
    public Uni<List<Projection>> projections() {
        return overview.all();
    }

    /** 202: the rebuild runs in the background; GET /projections shows its progress. */
    @POST
    @Path("/{name}/rebuild")
    @Consumes(MediaType.WILDCARD)
    public Uni<Response> rebuild(@PathParam("name") String name, String body) {
        EmptyBody.require(json, body);
        return rebuilder.start(name).map(status -> Response.accepted(status).build());
    }
}
