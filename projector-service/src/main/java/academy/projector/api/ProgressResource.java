package academy.projector.api;

import academy.edge.auth.Caller;
import academy.projector.application.Fresh;
import academy.projector.application.ReadPositions;
import academy.projector.infrastructure.sql.SummaryRows;
import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;

/** The caller's row of {@code user_progress_summary}. */
@Path("/progress/summary")
@Authenticated
public class ProgressResource {

    private final SummaryRows summaries;
    private final ReadPositions positions;
    private final Caller caller;

    public ProgressResource(SummaryRows summaries, ReadPositions positions, Caller caller) {
        this.summaries = summaries;
        this.positions = positions;
        this.caller = caller;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Uni<Response> summary(@QueryParam("after") String after) {
        Long position = QueryParams.position(after);
        long userId = caller.userId();
        return positions.await(position, List.of("progress")).chain(caughtUp -> summaries.of(userId)
                .map(summary -> CaughtUp.ok(position, new Fresh<>(summary, caughtUp))));
    }
}
