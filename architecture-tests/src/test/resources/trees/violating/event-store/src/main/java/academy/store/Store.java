package academy.store;

public final class Store {
    static final String APPEND = "INSERT INTO stored_events (id) VALUES ($1)";
    static final String MOVE = """
            UPDATE checkpoints SET name = $1
            """;
}
