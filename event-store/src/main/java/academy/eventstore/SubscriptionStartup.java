package academy.eventstore;

import io.quarkus.arc.All;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.Comparator;
import java.util.List;
import org.jboss.logging.Logger;

/**
 * Subscribes every {@link SubscribedHandler} bean of the service to the feed, once
 * {@link EventStoreStartup} (priority 10) has migrated the schema and passed the restore guard.
 * They start in order of subscription name, so the order is the same on every replica and run.
 * Each one bids for its own leader lock: on a replica that leads nothing it stands by.
 */
@ApplicationScoped
public class SubscriptionStartup {

    static final int PRIORITY = 100;
    private static final Logger LOG = Logger.getLogger(SubscriptionStartup.class);

    private final EventFeed feed;
    private final List<SubscribedHandler> handlers;

    @Inject
    public SubscriptionStartup(EventFeed feed, @All List<SubscribedHandler> handlers) {
        this.feed = feed;
        this.handlers = handlers;
    }

    void onStart(@Observes @Priority(PRIORITY) StartupEvent event) {
        List<SubscribedHandler> ordered = inStartOrder(handlers);
        ordered.forEach(feed::subscribe);
        LOG.infof("subscriptions started: %s", ordered.stream().map(SubscribedHandler::subscription).toList());
    }

    /** By subscription name; two handlers naming the same subscription are a programming error. */
    static List<SubscribedHandler> inStartOrder(List<SubscribedHandler> handlers) {
        List<SubscribedHandler> ordered = handlers.stream()
                .sorted(Comparator.comparing(SubscribedHandler::subscription)).toList();
        for (int i = 1; i < ordered.size(); i++) {
            if (ordered.get(i).subscription().equals(ordered.get(i - 1).subscription())) {
                throw new IllegalStateException("two handlers name the subscription " + ordered.get(i).subscription());
            }
        }
        return ordered;
    }
}
