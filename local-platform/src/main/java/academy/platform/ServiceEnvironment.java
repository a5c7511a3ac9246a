package academy.platform;

import java.util.HashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The environment of each service in a local run: the same variable names as on Kubernetes
 * (ARCHITECTURE "Configuration"). Only user-service gets the private key and the bot token.
 */
final class ServiceEnvironment {

    private ServiceEnvironment() {
    }

    /** A null value removes a variable the launcher's own environment would pass on. */
    static Map<String, String> of(AcademyService service, PlatformOptions options, String databaseUrl, String redisUrl,
            DevKeys keys, String botToken) {
        Map<String, String> env = new HashMap<>();
        if (!service.usesDataStores()) {
            env.put("QUARKUS_HTTP_PORT", Integer.toString(options.port(service)));
            env.put("QUARKUS_HTTP_HOST", options.host());
            for (String unused : new String[] {"DATABASE_URL", "REDIS_URL", "ACADEMY_JWT_PRIVATE_KEY", "TELEGRAM_BOT_TOKEN"}) {
                env.put(unused, null);
            }
            return env;
        }
        env.put("DATABASE_URL", databaseUrl);
        env.put("REDIS_URL", redisUrl);
        if (options.redisKeyPrefix() != null) {
            env.put("ACADEMY_REDIS_KEY_PREFIX", options.redisKeyPrefix());
        }
        env.put("ACADEMY_JWT_PUBLIC_KEYS", keys.publicKeysFile().toUri().toString());
        env.put("ACADEMY_ADMIN_IDS", options.adminIds().stream().map(String::valueOf).collect(Collectors.joining(",")));
        env.put("QUARKUS_HTTP_PORT", Integer.toString(options.port(service)));
        env.put("QUARKUS_HTTP_HOST", options.host());
        // The Mini App is served by the gateway: its POSTs carry the gateway's origin, which the
        // services see as foreign (they are reached on their own ports), so it is allowed by name.
        env.put("ACADEMY_CORS_ORIGINS", "https://web.telegram.org," + options.gatewayUrl()
                + ",http://localhost:" + options.gatewayPort());
        if (service.holdsSigningSecrets()) {
            env.put("ACADEMY_JWT_PRIVATE_KEY", keys.privateKeyFile().toUri().toString());
            env.put("ACADEMY_JWT_KEY_ID", DevKeys.KEY_ID);
            env.put("TELEGRAM_BOT_TOKEN", botToken);
        } else {
            env.put("ACADEMY_JWT_PRIVATE_KEY", null);
            env.put("TELEGRAM_BOT_TOKEN", null);
        }
        return env;
    }
}
