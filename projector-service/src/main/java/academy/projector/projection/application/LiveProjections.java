package academy.projector.projection.application;

import academy.eventstore.SubscribedHandler;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import academy.projector.activities.infrastructure.ActivitiesHandler;
import academy.projector.coursestats.infrastructure.CourseStatsHandler;
import academy.projector.daily.infrastructure.DailyActivityHandler;
import academy.projector.dashboard.infrastructure.DashboardHandler;
import academy.projector.progress.infrastructure.ProgressHandler;
import academy.projector.leaderboard.infrastructure.XpHandler;

/**
 * The catalogue's live projections as beans, so the event store's start-up subscribes each one
 * under its own subscription ("projector-" + name). A rebuild's handlers are no beans: they
 * write into table copies and run only inside the rebuild.
 */
@ApplicationScoped
public class LiveProjections {

    @Produces
    @Singleton
    @Named(ProjectionCatalogue.SUBSCRIPTION_PREFIX + ProgressHandler.NAME)
    SubscribedHandler progress(ProjectionCatalogue catalogue) {
        return catalogue.live(ProgressHandler.NAME).orElseThrow();
    }

    @Produces
    @Singleton
    @Named(ProjectionCatalogue.SUBSCRIPTION_PREFIX + ActivitiesHandler.NAME)
    SubscribedHandler activities(ProjectionCatalogue catalogue) {
        return catalogue.live(ActivitiesHandler.NAME).orElseThrow();
    }

    @Produces
    @Singleton
    @Named(ProjectionCatalogue.SUBSCRIPTION_PREFIX + DashboardHandler.NAME)
    SubscribedHandler dashboard(ProjectionCatalogue catalogue) {
        return catalogue.live(DashboardHandler.NAME).orElseThrow();
    }

    @Produces
    @Singleton
    @Named(ProjectionCatalogue.SUBSCRIPTION_PREFIX + XpHandler.NAME)
    SubscribedHandler leaderboard(ProjectionCatalogue catalogue) {
        return catalogue.live(XpHandler.NAME).orElseThrow();
    }

    @Produces
    @Singleton
    @Named(ProjectionCatalogue.SUBSCRIPTION_PREFIX + CourseStatsHandler.NAME)
    SubscribedHandler courseStats(ProjectionCatalogue catalogue) {
        return catalogue.live(CourseStatsHandler.NAME).orElseThrow();
    }

    @Produces
    @Singleton
    @Named(ProjectionCatalogue.SUBSCRIPTION_PREFIX + DailyActivityHandler.NAME)
    SubscribedHandler daily(ProjectionCatalogue catalogue) {
        return catalogue.live(DailyActivityHandler.NAME).orElseThrow();
    }
}
