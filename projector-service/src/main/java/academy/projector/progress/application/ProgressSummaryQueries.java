package academy.projector.progress.application;

import academy.projector.projection.application.Views.ProgressSummary;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import academy.projector.progress.infrastructure.SummaryRows;

/** The learner's row of the progress read model ({@code user_progress_summary}). */
@ApplicationScoped
public class ProgressSummaryQueries {

    private final SummaryRows rows;

    public ProgressSummaryQueries(SummaryRows rows) {
        this.rows = rows;
    }

    public Uni<ProgressSummary> of(long userId) {
        return rows.of(userId);
    }
}
