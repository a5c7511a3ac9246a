package academy.projector.application;

import academy.eventstore.SubscribedHandler;
import academy.projector.infrastructure.feed.ActivitiesHandler;
import academy.projector.infrastructure.feed.CourseStatsHandler;
import academy.projector.infrastructure.feed.DailyActivityHandler;
import academy.projector.infrastructure.feed.DashboardHandler;
import academy.projector.infrastructure.feed.ProgressHandler;
import academy.projector.infrastructure.feed.XpHandler;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Named;
import jakarta.inject.Singleton;

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
