package academy.shop.infrastructure;

public class OrderTable {
    static final String INSERT = "INSERT INTO orders (id) VALUES ($1)";
}
