package academy.platform;

import io.vertx.core.Vertx;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

/**
 * The whole academy on one machine, as {@code ./academy up} runs it and the journey test
 * drives it: PostgreSQL and Redis (found or embedded), the shared development key pair and
 * bot token, the five services and the Mini App as child processes, the gateway, the demo course.
 * {@link #close()} stops it in order: services (SIGTERM, they drain), gateway, embedded servers.
 */
public final class AcademyPlatform implements AutoCloseable {

    private final PlatformOptions options;
    private final List<ServiceProcess> services = new CopyOnWriteArrayList<>();
    private final Path logs;
    private Vertx vertx;
    private Postgres postgres;
    private Redis redis;
    private DevKeys keys;
    private String botToken;
    private Gateway gateway;
    private String demoCourseId;
    private volatile boolean closed;

    private AcademyPlatform(PlatformOptions options) {
        this.options = options;
        this.logs = options.stateDirectory().resolve("logs");
    }

    /** Starts everything and returns once the gateway answers and the demo course is loaded. */
    public static AcademyPlatform start(PlatformOptions options) {
        AcademyPlatform platform = create(options);
        platform.run();
        return platform;
    }

    /** A platform not started yet: register {@link #close()} (a shutdown hook, say), then {@link #run()}. */
    public static AcademyPlatform create(PlatformOptions options) {
        return new AcademyPlatform(options);
    }

    /**
     * Starts everything; on any failure (an Error such as NoClassDefFoundError included) stops
     * what had started and rethrows it.
     */
    public void run() {
        try {
            boot();
        } catch (Throwable e) {
            try {
                close();
            } catch (Throwable whileStopping) {
                e.addSuppressed(whileStopping);
            }
            throw e;
        }
    }

    /** True from the moment something was started until {@link #close()}. */
    public boolean isRunning() {
        return !closed && (vertx != null || !services.isEmpty());
    }

    /** Services that exited on their own since the start (a crash, an OOM). */
    public List<String> stoppedServices() {
        if (closed) {
            return List.of();
        }
        return services.stream().filter(s -> !s.isAlive()).map(s -> s.service().serviceName()).toList();
    }

    private void boot() {
        Path root = options.repositoryRoot();
        for (AcademyService service : AcademyService.values()) {
            if (!Files.isRegularFile(service.runnableJar(root))) {
                throw new PlatformException(service.serviceName() + " is not built: " + service.runnableJar(root)
                        + " is missing.\n  Build it with: mvn -B -q install -DskipTests (or run ./academy up, which builds what is missing)");
            }
        }
        RunningServices.refuseLeftovers(options.stateDirectory());
        PortCheck.requireFree(options);
        createFolders();
        vertx = Vertx.vertx();
        RouteTable routes = RouteTable.load();
        gateway = Gateway.start(vertx, routes, options.servicePorts(), options.host(), options.gatewayPort());
        postgres = Postgres.find(options.databaseUrl(), options.embeddedServers(), options.stateDirectory().resolve("postgres"), vertx);
        say("PostgreSQL  " + postgres.displayUrl() + " (" + postgres.origin() + ")");
        redis = Redis.find(options.redisUrl(), options.embeddedServers());
        say("Redis       " + redis.url() + " (" + redis.origin() + ")");
        keys = DevKeys.inFolder(options.stateDirectory().resolve("keys"));
        botToken = options.botToken() != null ? options.botToken() : DevBotToken.inFolder(options.stateDirectory());
        say("Starting the services and the Mini App (logs in " + logs + ")");
        for (AcademyService service : AcademyService.values()) {
            abortIfClosed();
            ServiceProcess process = launch(service);
            services.add(process);
            if (closed) {
                process.requestStop();
                process.awaitStopped();
            }
        }
        RunningServices.record(options.stateDirectory(), services);
        Readiness.await(services, options, () -> closed);
        say("Gateway     " + options.gatewayUrl() + " (routes from k8s/routes.yaml)");
        if (options.loadDemoCourse()) {
            ApiClient admin = new ApiClient(options.gatewayUrl(), keys.adminToken(demoCourseAuthor()));
            try {
                demoCourseId = new DemoCourse(admin, options.progress()).loadOnce();
            } catch (PlatformException e) {
                // The academy is usable without it; say why it is missing and carry on.
                say("  the demo course was NOT loaded: " + e.getMessage());
            }
        }
    }

    /**
     * The first admin; with none (a real bot token and no ACADEMY_ADMIN_IDS) the launcher still
     * loads the demo course under the development admin's id, with a token only it holds.
     */
    private long demoCourseAuthor() {
        return options.adminIds().isEmpty() ? AdminIds.DEVELOPMENT_ADMIN : options.adminIds().get(0);
    }

    private ServiceProcess launch(AcademyService service) {
        return ServiceProcess.start(service, service.runnableJar(options.repositoryRoot()), options.port(service),
                ServiceEnvironment.of(service, options, postgres.url(), redis.url(), keys, botToken), options.javaOptions(),
                logs.resolve(service.serviceName() + ".log"));
    }

    /**
     * SIGKILL to one service: no drain, no shutdown hooks, as an OOM kill or a lost node ends it.
     * Returns once the process has exited. Fault tests use it; {@link #restart} brings it back.
     */
    public void kill(AcademyService service) {
        process(service).kill();
    }

    /** Starts a service that is no longer running again, on its port with its environment; returns once it is ready. */
    public synchronized void restart(AcademyService service) {
        abortIfClosed();
        ServiceProcess stopped = process(service);
        if (stopped.isAlive()) {
            throw new PlatformException(service.serviceName() + " is still running: kill it first");
        }
        ServiceProcess process = launch(service);
        services.set(services.indexOf(stopped), process);
        RunningServices.record(options.stateDirectory(), services);
        Readiness.await(List.of(process), options, () -> closed);
    }

    private ServiceProcess process(AcademyService service) {
        return services.stream().filter(s -> s.service() == service).findFirst()
                .orElseThrow(() -> new PlatformException(service.serviceName() + " was not started"));
    }

    public String gatewayUrl() {
        return options.gatewayUrl();
    }

    public int gatewayPort() {
        return gateway.port();
    }

    public String botToken() {
        return botToken;
    }

    public DevKeys keys() {
        return keys;
    }

    /** The id of the demo course, or null when it was not loaded. */
    public String demoCourseId() {
        return demoCourseId;
    }

    public PlatformOptions options() {
        return options;
    }

    /** Services first (SIGTERM: unready, drain, exit), then the gateway, then the embedded servers. */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        if (!services.isEmpty()) {
            say("Stopping the services (they finish their requests first)");
            services.forEach(ServiceProcess::requestStop);
            services.forEach(ServiceProcess::awaitStopped);
            RunningServices.forget(options.stateDirectory());
        }
        if (gateway != null) {
            gateway.close();
        }
        if (vertx != null) {
            try {
                vertx.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
            } catch (Exception e) {
                // exiting anyway
            }
        }
        if (redis != null) {
            redis.close();
        }
        if (postgres != null) {
            postgres.close();
        }
    }

    private void abortIfClosed() {
        if (closed) {
            throw new PlatformException("stopped while starting");
        }
    }

    private void createFolders() {
        try {
            Files.createDirectories(logs);
        } catch (IOException e) {
            throw new PlatformException("could not create " + logs + ": " + e.getMessage(), e);
        }
    }

    private void say(String line) {
        options.progress().accept(line);
    }
}
