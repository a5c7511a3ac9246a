package academy.shop.application;

import academy.shop.domain.Order;
import academy.shop.infrastructure.OrderTable;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class Orders {
    // reads stored_events only through the store's API; 'stored_events' in a comment is fine
    private final String name = "orders_stored_events_copy";
    private final char quote = '"';
    private final String stored_events = "orders";
}
