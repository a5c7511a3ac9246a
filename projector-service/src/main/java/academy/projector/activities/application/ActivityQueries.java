package academy.projector.activities.application;

import academy.projector.projection.application.Views.Activities;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import academy.projector.activities.infrastructure.ActivityRows;

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
