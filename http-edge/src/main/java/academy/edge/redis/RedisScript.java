package academy.edge.redis;

import io.quarkus.redis.datasource.ReactiveRedisDataSource;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.redis.client.Response;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * A Lua script run by its SHA-1 ({@code EVALSHA}), so each call sends the digest instead of the
 * script's text. Redis forgets scripts on restart or {@code SCRIPT FLUSH}: the call that gets
 * {@code NOSCRIPT} loads the script again and runs it once more.
 */
public final class RedisScript {

    private final String source;
    private final String sha;

    public RedisScript(String source) {
        this.source = source;
        this.sha = sha1(source);
    }

    public String sha() {
        return sha;
    }

    public Uni<Response> run(ReactiveRedisDataSource redis, List<String> keys, List<String> args) {
        List<String> call = new ArrayList<>(keys.size() + args.size() + 2);
        call.add(sha);
        call.add(Integer.toString(keys.size()));
        call.addAll(keys);
        call.addAll(args);
        String[] arguments = call.toArray(String[]::new);
        return redis.execute("EVALSHA", arguments)
                .onFailure(RedisScript::unknownScript)
                .recoverWithUni(() -> redis.execute("SCRIPT", "LOAD", source)
                        .chain(() -> redis.execute("EVALSHA", arguments)));
    }

    static boolean unknownScript(Throwable failure) {
        String message = failure.getMessage();
        return message != null && message.contains("NOSCRIPT");
    }

    private static String sha1(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-1").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-1 is always available", e);
        }
    }
}
