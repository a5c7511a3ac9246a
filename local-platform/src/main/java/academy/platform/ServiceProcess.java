package academy.platform;

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
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * One service as a child process ({@code java -jar <service>/target/quarkus-app/quarkus-run.jar}),
 * its output in a log file. Stopping sends SIGTERM first, so the service goes unready and
 * drains its requests, and kills it only when it does not exit in time.
 */
final class ServiceProcess {

    private static final Duration STOP_GRACE = Duration.ofSeconds(30);
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();

    private final AcademyService service;
    private final int port;
    private final Path logFile;
    private final Process process;
    private final long startedAt = System.nanoTime();

    private ServiceProcess(AcademyService service, int port, Path logFile, Process process) {
        this.service = service;
        this.port = port;
        this.logFile = logFile;
        this.process = process;
    }

    static ServiceProcess start(AcademyService service, Path jar, int port, Map<String, String> environment,
            List<String> javaOptions, Path logFile) {
        List<String> command = new ArrayList<>();
        // Its own session: a Ctrl-C in the terminal reaches only the launcher, which stops the services in order.
        if (Files.isExecutable(Path.of("/usr/bin/setsid"))) {
            command.add("/usr/bin/setsid");
        }
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(javaOptions);
        command.add("-jar");
        command.add(jar.toString());
        ProcessBuilder builder = new ProcessBuilder(command).directory(jar.getParent().toFile())
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(logFile.toFile()));
        environment.forEach((name, value) -> {
            if (value == null || value.isEmpty()) {
                builder.environment().remove(name);
            } else {
                builder.environment().put(name, value);
            }
        });
        try {
            return new ServiceProcess(service, port, logFile, builder.start());
        } catch (IOException e) {
            throw new PlatformException("could not start " + service.serviceName() + ": " + e.getMessage(), e);
        }
    }

    AcademyService service() {
        return service;
    }

    long pid() {
        return process.pid();
    }

    Path logFile() {
        return logFile;
    }

    boolean isAlive() {
        return process.isAlive();
    }

    /**
     * True once {@code /q/health/ready} and the seed's {@code /health} both answer 200. The
     * second also serves its first, slow request (class loading, a cold JIT) before anyone
     * calls the gateway's /health, which gives each service 2 s.
     */
    boolean isReady() {
        if (!process.isAlive()) {
            throw new PlatformException(service.serviceName() + " stopped while starting (exit code "
                    + process.exitValue() + "). Last lines of " + logFile + ":\n" + tail(15));
        }
        return answers200("/q/health/ready") && answers200("/health");
    }

    private boolean answers200(String path) {
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                    .timeout(Duration.ofSeconds(2)).GET().build();
            return HTTP.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PlatformException("interrupted while waiting for " + service.serviceName());
        }
    }

    double secondsSinceStart() {
        return (System.nanoTime() - startedAt) / 1e9;
    }

    /** SIGTERM: the service turns unready, drains and exits. */
    void requestStop() {
        if (process.isAlive()) {
            process.destroy();
        }
    }

    /** Waits for the exit after {@link #requestStop()}; kills the process if it overstays. */
    void awaitStopped() {
        try {
            if (!process.waitFor(STOP_GRACE.toSeconds(), TimeUnit.SECONDS)) {
                System.err.println(service.serviceName() + " did not stop within " + STOP_GRACE.toSeconds() + " s: killing it");
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    /** SIGKILL (the process and anything it started), then waits until it has exited. */
    void kill() {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
        try {
            if (!process.waitFor(STOP_GRACE.toSeconds(), TimeUnit.SECONDS)) {
                throw new PlatformException(service.serviceName() + " did not exit after SIGKILL");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PlatformException("interrupted while killing " + service.serviceName());
        }
    }

    String tail(int lines) {
        try {
            List<String> all = Files.readAllLines(logFile);
            return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
        } catch (IOException e) {
            return "(log not readable: " + e.getMessage() + ")";
        }
    }
}
