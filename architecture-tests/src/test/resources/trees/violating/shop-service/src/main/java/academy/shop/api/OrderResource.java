package academy.shop.api;

import academy.bill.domain.Bill;
import academy.shop.application.Orders;
import academy.shop.infrastructure.OrderTable;
import jakarta.ws.rs.Path;

@Path("/orders")
public class OrderResource {
    private final String sql = """
            SELECT count(*)
              FROM STORED_EVENTS
            """;
}
