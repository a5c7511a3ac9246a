package academy.eventstore;

/**
 * A handler that names its own subscription. Every CDI bean of this type is subscribed to the
 * feed at start-up by {@link SubscriptionStartup}, after the schema migrations; a service writes
 * no start-up code of its own.
 */
public interface SubscribedHandler extends EventHandler {

    /** The subscription's name: its checkpoint row, leader lock and metrics tag. Unique per database. */
    String subscription();
}
