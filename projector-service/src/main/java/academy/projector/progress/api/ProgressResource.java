package academy.projector.progress.api;

import academy.edge.auth.Caller;
import academy.edge.readmodel.ReadsFrom;
import academy.projector.projection.application.Views.ProgressSummary;
import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import academy.projector.progress.application.ProgressSummaryQueries;

/** The caller's row of {@code user_progress_summary}. */
@Path("/progress/summary")
@Authenticated
public class ProgressResource {

    private final ProgressSummaryQueries summaries;
    private final Caller caller;

    public ProgressResource(ProgressSummaryQueries summaries, Caller caller) {
        this.summaries = summaries;
        this.caller = caller;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @ReadsFrom("progress")
    public Uni<ProgressSummary> summary() {
        return summaries.of(caller.userId());
    }
}
