package academy.projector.application;

import academy.projector.application.Views.Activities;
import academy.projector.infrastructure.sql.ActivityRows;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/** The learner's latest activities, newest first, from the activities read model. */
@ApplicationScoped
public class ActivityQueries {

    private final ActivityRows rows;

    public ActivityQueries(ActivityRows rows) {
        this.rows = rows;
    }

    public Uni<Activities> recent(long userId, int limit) {
        return rows.recent(userId, limit).map(items -> new Activities(userId, items));
    }
}
