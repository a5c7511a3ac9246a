package academy.shop.api;

import academy.shop.application.Orders;
import jakarta.ws.rs.Path;

@Path("/orders")
public class OrderResource {
    private final String sql = "stored events are read through the store";
}
