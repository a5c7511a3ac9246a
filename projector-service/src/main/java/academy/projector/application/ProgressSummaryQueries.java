package academy.projector.application;

import academy.projector.application.Views.ProgressSummary;
import academy.projector.infrastructure.sql.SummaryRows;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

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
