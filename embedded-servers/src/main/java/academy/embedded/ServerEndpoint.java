package academy.embedded;

/** Where a PostgreSQL or Redis server answers, and how it was found. */
public record ServerEndpoint(String host, int port, String user, String password, String origin) {

    public String postgresUrl(String database) {
        String credentials = user == null ? "" : password == null || password.isEmpty() ? user + "@" : user + ":" + password + "@";
        return "postgresql://" + credentials + host + ":" + port + "/" + database;
    }

    public String redisUrl() {
        return "redis://" + host + ":" + port;
    }
}
