package academy.local.bench;

import academy.embedded.Ports;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

/**
 * The yardstick (module yardstick) as a child process: the services' JVM options, the bench
 * database, the development JWKS, a random port. Ready once an authenticated post answers 200.
 */
final class Yardstick {

    private static final Duration START_TIMEOUT = Duration.ofMinutes(2);

    private final Process process;
    private final int port;
    private final Path log;
    private final long startedAt = System.nanoTime();

    private Yardstick(Process process, int port, Path log) {
        this.process = process;
        this.port = port;
        this.log = log;
    }

    static Path jar(Path root) {
        return root.resolve("yardstick/target/quarkus-app/quarkus-run.jar");
    }

    static Yardstick start(Path jar, List<String> javaOptions, String databaseUrl, Path publicKeys, Path log) throws IOException {
        int port = Ports.free();
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(javaOptions);
        command.add("-jar");
        command.add(jar.toString());
        Files.createDirectories(log.getParent());
        ProcessBuilder builder = new ProcessBuilder(command).directory(jar.getParent().toFile()).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        builder.environment().put("DATABASE_URL", databaseUrl);
        builder.environment().put("ACADEMY_JWT_PUBLIC_KEYS", publicKeys.toUri().toString());
        builder.environment().put("QUARKUS_HTTP_PORT", Integer.toString(port));
        builder.environment().put("QUARKUS_HTTP_HOST", "127.0.0.1");
        return new Yardstick(builder.start(), port, log);
    }

    String url() {
        return "http://127.0.0.1:" + port;
    }

    long pid() {
        return process.pid();
    }

    /** Posts until one answers 200 (table created, token verified, row inserted); seconds since the start. */
    double awaitReady(String token) throws InterruptedException {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
        HttpRequest post = HttpRequest.newBuilder(URI.create(url() + "/lessons/progress/" + UUID.randomUUID()))
                .timeout(Duration.ofSeconds(5)).header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"score\":0.85,\"timeSpent\":180}")).build();
        long deadline = startedAt + START_TIMEOUT.toNanos();
        int last = 0;
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the yardstick stopped while starting (exit code " + process.exitValue() + "; log " + log + ")");
            }
            try {
                last = http.send(post, HttpResponse.BodyHandlers.discarding()).statusCode();
                if (last == 200) {
                    return (System.nanoTime() - startedAt) / 1e9;
                }
            } catch (IOException e) {
                // not listening yet
            }
            TimeUnit.MILLISECONDS.sleep(200);
        }
        throw new IllegalStateException("the yardstick did not answer 200 within " + START_TIMEOUT.toSeconds() + " s (last status "
                + last + "; log " + log + ")");
    }

    /** SIGTERM, then SIGKILL when it does not exit within 30 s. */
    void stop() {
        if (!process.isAlive()) {
            return;
        }
        process.destroy();
        try {
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }
}
