package academy.platform;

import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * How to run the academy. {@link #fromEnvironment} is what {@code ./academy up} uses; tests
 * replace the database, Redis, key prefix, ports and state folder so they never collide with
 * a running academy.
 *
 * @param databaseUrl     postgresql://user:pass@host:port/db, or null to find or embed one
 * @param redisUrl        redis://host:port, or null to find or embed one
 * @param redisKeyPrefix  prefix of every Redis key, or null for the services' default
 * @param embeddedServers start embedded PostgreSQL and Redis even when servers answer locally
 * @param botToken        a real Telegram bot token, or null to use (and keep) a development one
 * @param adminIds        Telegram ids in the admin group (ACADEMY_ADMIN_IDS), possibly none
 * @param javaOptions     JVM options of each service ({@link ServiceJvm})
 */
public record PlatformOptions(
        Path repositoryRoot,
        Path stateDirectory,
        String host,
        int gatewayPort,
        Map<AcademyService, Integer> servicePorts,
        String databaseUrl,
        String redisUrl,
        String redisKeyPrefix,
        boolean embeddedServers,
        String botToken,
        List<Long> adminIds,
        boolean loadDemoCourse,
        List<String> javaOptions,
        Duration startTimeout,
        Consumer<String> progress) {

    public static final String DEFAULT_DATABASE = "academy";

    public PlatformOptions {
        servicePorts = Map.copyOf(servicePorts);
        adminIds = List.copyOf(adminIds);
        javaOptions = List.copyOf(javaOptions);
    }

    public static PlatformOptions fromEnvironment(Path repositoryRoot) {
        return fromEnvironment(repositoryRoot, System.getenv());
    }

    /** Reads ACADEMY_PORT, DATABASE_URL, REDIS_URL, ACADEMY_SERVERS, TELEGRAM_BOT_TOKEN, ACADEMY_ADMIN_IDS, ACADEMY_JAVA_OPTS, ACADEMY_FAST_START. */
    static PlatformOptions fromEnvironment(Path repositoryRoot, Map<String, String> env) {
        Map<AcademyService, Integer> ports = new EnumMap<>(AcademyService.class);
        for (AcademyService service : AcademyService.values()) {
            ports.put(service, service.defaultPort());
        }
        boolean embedded = "embedded".equals(env.get("ACADEMY_SERVERS"));
        String botToken = blankToNull(env.get("TELEGRAM_BOT_TOKEN"));
        return new PlatformOptions(repositoryRoot, repositoryRoot.resolve(".academy"), "127.0.0.1",
                portFrom(env.get("ACADEMY_PORT"), 8080), ports, blankToNull(env.get("DATABASE_URL")),
                blankToNull(env.get("REDIS_URL")), null, embedded, botToken,
                AdminIds.parse(env.get("ACADEMY_ADMIN_IDS"), botToken != null), true, ServiceJvm.options(env),
                Duration.ofMinutes(5),
                System.out::println);
    }

    public int port(AcademyService service) {
        return servicePorts.get(service);
    }

    public String gatewayUrl() {
        return "http://" + host + ":" + gatewayPort;
    }

    public PlatformOptions withStateDirectory(Path value) {
        return new PlatformOptions(repositoryRoot, value, host, gatewayPort, servicePorts, databaseUrl, redisUrl,
                redisKeyPrefix, embeddedServers, botToken, adminIds, loadDemoCourse, javaOptions, startTimeout, progress);
    }

    public PlatformOptions withPorts(int gateway, Map<AcademyService, Integer> services) {
        return new PlatformOptions(repositoryRoot, stateDirectory, host, gateway, services, databaseUrl, redisUrl,
                redisKeyPrefix, embeddedServers, botToken, adminIds, loadDemoCourse, javaOptions, startTimeout, progress);
    }

    public PlatformOptions withDatastores(String database, String redis, String keyPrefix) {
        return new PlatformOptions(repositoryRoot, stateDirectory, host, gatewayPort, servicePorts, database, redis,
                keyPrefix, embeddedServers, botToken, adminIds, loadDemoCourse, javaOptions, startTimeout, progress);
    }

    public PlatformOptions withBotToken(String value) {
        return new PlatformOptions(repositoryRoot, stateDirectory, host, gatewayPort, servicePorts, databaseUrl, redisUrl,
                redisKeyPrefix, embeddedServers, value, adminIds, loadDemoCourse, javaOptions, startTimeout, progress);
    }

    public PlatformOptions withProgress(Consumer<String> value) {
        return new PlatformOptions(repositoryRoot, stateDirectory, host, gatewayPort, servicePorts, databaseUrl, redisUrl,
                redisKeyPrefix, embeddedServers, botToken, adminIds, loadDemoCourse, javaOptions, startTimeout, value);
    }

    private static int portFrom(String value, int fallback) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            int port = Integer.parseInt(value.trim());
            if (port < 1 || port > 65535) {
                throw new NumberFormatException();
            }
            return port;
        } catch (NumberFormatException e) {
            throw new PlatformException("ACADEMY_PORT must be a port number (1-65535), not '" + value + "'");
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
