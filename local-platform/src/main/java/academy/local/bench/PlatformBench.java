package academy.local.bench;

import academy.embedded.Ports;
import academy.platform.AcademyPlatform;
import academy.platform.AcademyService;
import academy.platform.ApiClient;
import academy.platform.PlatformOptions;
import academy.platform.Postgres;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.pgclient.PgBuilder;
import io.vertx.pgclient.PgConnectOptions;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.PoolOptions;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.Tuple;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code ./academy bench}: starts the whole academy on a fresh database, an embedded Redis of its
 * own and random ports (never touching a running academy or the machine's Redis), seeds its past
 * straight into the event store, measures projection catch-up and rebuild, the raw PostgreSQL
 * insert limit, the yardstick (the stack alone, {@link Yardstick}), then drives the academy from
 * a load generator in a second JVM ({@link LoadGenerator}) while sampling CPU and memory from
 * /proc and PostgreSQL's work per post from pg_stat_database, and ends with a Redis outage under
 * a leaderboard flood ({@link RedisOutage}). Prints {@code name=value unit} lines and rewrites the
 * marked block of docs/performance.md.
 *
 * <p>Options ({@code --name=value} or {@code -Dbench.name=value}): phase-seconds (10),
 * warmup-seconds (5), rates (500,1000,2000), query-rate (2000), lag-rate (1000), in-flight (64),
 * learners (10000), token-learners (1000), insert-seconds (10), insert-clients (16),
 * catchup-timeout (180), rebuild (leaderboard; "none" skips it), drain-seconds (15), sustainable-fraction (0.5),
 * outage-rate (1000; 0 skips the outage phase), write-doc (true).
 */
public final class PlatformBench {

    private static final Pattern READY = Pattern.compile("ready\\s+(\\S+)\\s+\\S+\\s+\\(([0-9.]+) s\\)");
    private static final Pattern FIGURE = Pattern.compile("^([a-z0-9_]+)=(\\S+) ?(.*)$");
    /** The prefix of the yardstick's figures. */
    static final String YARDSTICK = "yardstick_";
    /**
     * A PostgreSQL 15 backend publishes its counts when it goes idle, at most once a second; what
     * it could not publish then waits for its idle timer (PGSTAT_IDLE_INTERVAL, 10 s). Reading
     * pg_stat_database sooner than that after a phase would count its tail in the next one.
     */
    private static final long STATS_SETTLE_MILLIS = 11_000;
    /** Before saturation, how long the idle academy's background work (feeds, leases) is measured. */
    private static final long IDLE_SAMPLE_MILLIS = 5_000;

    private final Map<String, String[]> figures = new LinkedHashMap<>();
    private final Map<String, Double> startSeconds = new LinkedHashMap<>();
    private final Map<String, Long> servicePids = new LinkedHashMap<>();
    private final Path root;
    private Map<String, Long> cpuBefore;
    private Map<Long, Long> postgresBefore;
    private long[] machineBefore;
    private long saturationStarted;
    private PostgresStats pgBefore;
    private double[] pgIdlePerSecond;
    private BenchRedis ownRedis;
    private volatile Yardstick yardstick;
    private Pool statsPool;
    private String databaseName;

    private PlatformBench(Path root) {
        this.root = root;
    }

    public static void main(String[] args) throws Exception {
        for (String arg : args) {
            if (arg.startsWith("--") && arg.contains("=")) {
                System.setProperty("bench." + arg.substring(2, arg.indexOf('=')), arg.substring(arg.indexOf('=') + 1));
            } else {
                System.err.println("unknown argument " + arg + " (options are --name=value, see docs/performance.md)");
                System.exit(2);
            }
        }
        Path root = Path.of(System.getProperty("academy.repository.root", ".")).toAbsolutePath().normalize();
        long began = System.nanoTime();
        new PlatformBench(root).run();
        System.out.printf("bench_total=%.0f s%n", (System.nanoTime() - began) / 1e9);
        System.exit(0);
    }

    private void run() throws Exception {
        String loadBefore = ProcStats.loadAverage();
        figure("load_average_before", loadBefore.split(" ")[0], "(1 min)");
        String run = UUID.randomUUID().toString().substring(0, 8);
        Path state = root.resolve("local-platform/target/bench-" + run);
        PlatformOptions env = PlatformOptions.fromEnvironment(root);
        Vertx vertx = Vertx.vertx();
        // A Redis of this run's own (embedded, random port), never the machine's: the outage phase stops it.
        ownRedis = new BenchRedis(Ports.free());
        // The PostgreSQL ./academy up would use (found or embedded), a database of this run's own.
        Postgres server = Postgres.find(env.databaseUrl(), env.embeddedServers(), state.resolve("postgres"), vertx);
        Postgres database = server.otherDatabase("academy_bench_" + run, vertx);
        // Free ports are only probed, not held, so the next probe may return one already handed out.
        Set<Integer> taken = new HashSet<>();
        Map<AcademyService, Integer> ports = new EnumMap<>(AcademyService.class);
        for (AcademyService service : AcademyService.values()) {
            ports.put(service, distinctFreePort(taken));
        }
        PlatformOptions options = new PlatformOptions(root, state, "127.0.0.1", distinctFreePort(taken), ports, database.url(),
                ownRedis.url(), "bench-" + run + ":", false, null, List.of(1L), false, env.javaOptions(),
                Duration.ofMinutes(5), this::progress);
        log("database " + database.databaseName() + ", Redis " + ownRedis.url() + " (embedded, this run's own), key prefix bench-"
                + run + ":, services' JVM options " + env.javaOptions());
        AcademyPlatform platform = AcademyPlatform.create(options);
        Runnable cleanUp = () -> {
            Yardstick running = yardstick;
            if (running != null) {
                running.stop();
            }
            platform.close();
            ownRedis.close();
            database.dropDatabase(vertx);
            server.close();
        };
        Thread hook = new Thread(cleanUp);
        Runtime.getRuntime().addShutdownHook(hook);
        try {
            long t0 = System.nanoTime();
            platform.run();
            figure("startup_platform", fmt((System.nanoTime() - t0) / 1e9), "s");
            startSeconds.forEach((service, seconds) -> figure("startup_" + key(service), fmt(seconds), "s"));
            readPids(state);
            measure(vertx, platform, database, options);
        } finally {
            figure("load_average_after", ProcStats.loadAverage().split(" ")[0], "(1 min)");
            cleanUp.run();
            Runtime.getRuntime().removeShutdownHook(hook);
            vertx.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
        }
        if (Boolean.parseBoolean(System.getProperty("bench.write-doc", "true"))) {
            Path doc = root.resolve("docs/performance.md");
            PerformanceDoc.rewrite(doc, PerformanceDoc.table(figures, root, loadBefore, ProcStats.loadAverage()));
            log("wrote the figures into " + doc);
        }
    }

    private static int distinctFreePort(Set<Integer> taken) {
        int port = Ports.free();
        while (!taken.add(port)) {
            port = Ports.free();
        }
        return port;
    }

    private void measure(Vertx vertx, AcademyPlatform platform, Postgres database, PlatformOptions options) throws Exception {
        int learners = Integer.getInteger("bench.learners", 10_000);
        long firstLearner = 6_000_000_000L;
        Seeder seeder = new Seeder(firstLearner, learners);
        Pool pool = PgBuilder.pool().with(new PoolOptions().setMaxSize(1))
                .connectingTo(PgConnectOptions.fromUri(database.url())).using(vertx).build();
        long existing = Seeder.await(pool.query("SELECT count(*) FROM event_store").execute()).iterator().next().getLong(0);

        log("seeding " + learners + " learners (" + learners * Seeder.EVENTS_PER_LEARNER + " events) into event_store");
        long seedStart = System.nanoTime();
        seeder.write(vertx, database.url(), 5_000);
        double seedSeconds = (System.nanoTime() - seedStart) / 1e9;
        figure("seed_events", Long.toString(seeder.events), "events");
        figure("seed_rate", fmt0(seeder.events / seedSeconds), "events/s");

        // Catch-up: every subscription (projections and reactions) past the seeded head.
        long timeout = TimeUnit.SECONDS.toNanos(Long.getLong("bench.catchup-timeout", 180));
        Map<String, Double> caughtUp = new LinkedHashMap<>();
        int subscriptions = 0;
        while (System.nanoTime() - seedStart < timeout) {
            subscriptions = 0;
            for (Row row : Seeder.await(pool.preparedQuery("SELECT subscription, (transaction_id, global_position) >= ($1::text::xid8, $2) AS done"
                    + " FROM subscription_checkpoints").execute(Tuple.of(seeder.headTransaction, seeder.headPosition)))) {
                subscriptions++;
                if (row.getBoolean("done") && !caughtUp.containsKey(row.getString("subscription"))) {
                    caughtUp.put(row.getString("subscription"), (System.nanoTime() - seedStart) / 1e9);
                }
            }
            if (subscriptions > 0 && caughtUp.size() == subscriptions) {
                break;
            }
            TimeUnit.MILLISECONDS.sleep(100);
        }
        double projectorSeconds = caughtUp.entrySet().stream().filter(e -> e.getKey().startsWith("projector"))
                .mapToDouble(Map.Entry::getValue).max().orElse(Double.NaN);
        double allSeconds = caughtUp.values().stream().mapToDouble(Double::doubleValue).max().orElse(Double.NaN);
        log("caught up: " + caughtUp + " of " + subscriptions + " subscriptions");
        if (caughtUp.size() < subscriptions) {
            figure("catchup_incomplete", Integer.toString(subscriptions - caughtUp.size()), "subscriptions");
        }
        figure("catchup_projections", fmt(projectorSeconds), "s");
        figure("catchup_projections_rate", fmt0(seeder.events / projectorSeconds), "events/s");
        figure("catchup_all_subscriptions", fmt(allSeconds), "s");
        figure("catchup_all_rate", fmt0(seeder.events / allSeconds), "events/s");

        boolean crowdOnly = System.getProperty("bench.scenario", "all").equals("crowd");
        String rebuild = System.getProperty("bench.rebuild", "leaderboard");
        if (!rebuild.equals("none") && !crowdOnly) {
            rebuild(platform, options, rebuild, pool);
        }
        pool.close();

        if (!crowdOnly) {
            insertLimit(database);
        }

        statsPool = PgBuilder.pool().with(new PoolOptions().setMaxSize(1))
                .connectingTo(PgConnectOptions.fromUri(database.url())).using(vertx).build();
        databaseName = database.databaseName();
        try {
            if (!crowdOnly) {
                yardstick(platform, options, seeder, database);
            }
            generator(platform, options, seeder, "", Map.of(), servicePids);
        } finally {
            statsPool.close();
        }
        ratios();
    }

    /**
     * Every throughput as a ratio of the raw INSERT limit, and every post throughput as a ratio
     * of the yardstick's saturation (the stack limit), both measured in this run.
     */
    private void ratios() {
        double insertLimit = value("pg_insert_limit");
        double stackLimit = value("yardstick_command_saturation_throughput");
        for (Map.Entry<String, String[]> e : new ArrayList<>(figures.entrySet())) {
            String name = e.getKey();
            String unit = e.getValue()[1];
            if (!(unit.equals("posts/s") || unit.equals("events/s")) || name.startsWith("seed") || name.endsWith("sustainable_rate")) {
                continue;
            }
            double measured = Double.parseDouble(e.getValue()[0]);
            if (insertLimit > 0) {
                figure(name + "_vs_insert_limit", String.format("%.3f", measured / insertLimit), "ratio");
            }
            if (unit.equals("posts/s") && !name.startsWith(YARDSTICK) && stackLimit > 0) {
                figure(name + "_vs_stack_limit", String.format("%.3f", measured / stackLimit), "ratio");
            }
        }
    }

    private double value(String figure) {
        String[] value = figures.get(figure);
        try {
            return value == null ? Double.NaN : Double.parseDouble(value[0]);
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }

    /**
     * The yardstick on a random port with the services' JVM options, measured by the same
     * generator (warm-up, open-loop rates, saturation; figures prefixed yardstick_), then stopped
     * so it takes no CPU from the academy's phases.
     */
    private void yardstick(AcademyPlatform platform, PlatformOptions options, Seeder seeder, Postgres database) throws Exception {
        Path jar = Yardstick.jar(root);
        if (!Files.isRegularFile(jar)) {
            log("no " + jar + " (build it: ./academy bench builds it with the services): the stack limit is not measured");
            return;
        }
        Yardstick started = Yardstick.start(jar, options.javaOptions(), database.url(), platform.keys().publicKeysFile(),
                options.stateDirectory().resolve("logs/yardstick.log"));
        yardstick = started;
        try {
            double seconds = started.awaitReady(platform.keys().adminToken(options.adminIds().get(0)));
            figure("startup_yardstick", fmt(seconds), "s");
            log("yardstick ready on " + started.url() + " (pid " + started.pid() + ")");
            generator(platform, options, seeder, YARDSTICK, Map.of("scenario", "yardstick", "learning", started.url(), "crowd", "false"),
                    Map.of("yardstick", started.pid()));
        } finally {
            started.stop();
            yardstick = null;
            log("yardstick stopped");
        }
    }

    private void rebuild(AcademyPlatform platform, PlatformOptions options, String name, Pool pool) throws Exception {
        ApiClient admin = new ApiClient("http://127.0.0.1:" + options.port(AcademyService.PROJECTOR),
                platform.keys().adminToken(options.adminIds().get(0)));
        long events = Seeder.await(pool.query("SELECT count(*) FROM event_store").execute()).iterator().next().getLong(0);
        long start = System.nanoTime();
        ApiClient.Answer answer = admin.post("/projections/" + name + "/rebuild", new JsonObject());
        if (answer.status() != 202) {
            log("rebuild of " + name + " refused: " + answer.status() + " " + answer.body());
            return;
        }
        JsonObject last = null;
        while (System.nanoTime() - start < TimeUnit.SECONDS.toNanos(300)) {
            TimeUnit.MILLISECONDS.sleep(100);
            ApiClient.Answer list = admin.get("/projections");
            if (list.status() != 200) {
                continue;
            }
            for (Object item : (JsonArray) list.parsed()) {
                JsonObject p = (JsonObject) item;
                if (name.equals(p.getString("name"))) {
                    last = p;
                }
            }
            if (last != null && !"rebuilding".equals(last.getString("state")) && !running(last.getValue("rebuild"))) {
                break;
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        log("rebuild of " + name + " ended: " + last);
        figure("rebuild_" + key(name) + "_events", Long.toString(events), "events");
        figure("rebuild_" + key(name) + "_seconds", fmt(seconds), "s");
        figure("rebuild_" + key(name) + "_rate", fmt0(events / seconds), "events/s");
    }

    private static boolean running(Object rebuild) {
        if (!(rebuild instanceof JsonObject r)) {
            return false;
        }
        String state = r.getString("state", r.getString("status", ""));
        return state.equalsIgnoreCase("running") || state.equalsIgnoreCase("rebuilding") || state.equalsIgnoreCase("started");
    }

    private void insertLimit(Postgres database) throws Exception {
        Path script = root.resolve("bench/pg-insert-limit.sh").normalize();
        if (!Files.isRegularFile(script)) {
            log("no " + script + ": the raw insert limit is not measured");
            return;
        }
        PgConnectOptions server = Postgres.parse(database.url());
        ProcessBuilder builder = new ProcessBuilder("bash", script.toString(), System.getProperty("bench.insert-clients", "16"),
                System.getProperty("bench.insert-seconds", "10")).redirectErrorStream(true);
        builder.environment().put("PGHOST", server.getHost());
        builder.environment().put("PGPORT", Integer.toString(server.getPort()));
        builder.environment().put("PGUSER", server.getUser());
        if (server.getPassword() != null && !server.getPassword().isEmpty()) {
            builder.environment().put("PGPASSWORD", server.getPassword());
        }
        builder.environment().put("PGDATABASE", database.databaseName());
        log("measuring the raw insert limit: " + script);
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        process.waitFor();
        Matcher m = Pattern.compile("limit: ([0-9.]+) tx/s").matcher(output);
        if (m.find()) {
            figure("pg_insert_limit", fmt0(Double.parseDouble(m.group(1))), "tx/s");
        } else {
            log("pg-insert-limit.sh said: " + output.trim());
        }
    }

    /**
     * One run of the load generator (a second JVM): its figures prefixed with {@code prefix}, CPU
     * and memory sampled for {@code pids}. It waits at its handshake markers until this side has
     * acted (statistics read, Redis stopped or started) and answered on its stdin.
     */
    private void generator(AcademyPlatform platform, PlatformOptions options, Seeder seeder, String prefix,
            Map<String, String> overrides, Map<String, Long> pids) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-XX:+UseParallelGC", "-cp", System.getProperty("java.class.path")));
        StringBuilder lessons = new StringBuilder();
        for (int c = 0; c < Seeder.COURSES; c++) {
            lessons.append(c == 0 ? "" : ",").append(seeder.openLesson(c));
        }
        Map<String, String> props = new LinkedHashMap<>();
        props.put("learning", "http://127.0.0.1:" + options.port(AcademyService.LEARNING));
        props.put("projector", "http://127.0.0.1:" + options.port(AcademyService.PROJECTOR));
        props.put("key", platform.keys().privateKeyFile().toString());
        props.put("first-learner", Long.toString(seeder.firstLearner));
        props.put("token-learners", Integer.toString(Math.min(seeder.learners, Integer.getInteger("bench.token-learners", 1000))));
        props.put("lessons", lessons.toString());
        props.put("learners", Integer.toString(seeder.learners));
        for (String name : List.of("phase-seconds", "warmup-seconds", "rates", "query-rate", "lag-rate", "in-flight", "connections",
                "drain-seconds", "sustainable-fraction", "scenario", "crowd", "crowd-learners", "crowd-seconds",
                "crowd-read-every", "crowd-post-every", "outage-rate")) {
            String value = System.getProperty("bench." + name);
            if (value != null) {
                props.put(name, value);
            }
        }
        props.putIfAbsent("query-rate", "2000");
        props.putAll(overrides);
        props.put("handshake", "true");
        props.forEach((k, v) -> command.add("-Dbench." + k + "=" + v));
        command.add(LoadGenerator.class.getName());
        log("load generator (a second JVM)" + (prefix.isEmpty() ? "" : " for " + prefix.replace("_", "")) + ": "
                + LoadGenerator.class.getName());
        Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        long generatorPid = process.pid();
        Map<String, Double> rss = new LinkedHashMap<>();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
             Writer answers = new OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8)) {
            String line;
            while ((line = out.readLine()) != null) {
                if (line.startsWith("#begin ")) {
                    log(prefix + line.substring(1));
                    if (line.equals("#begin saturation")) {
                        PostgresStats idleFrom = settledPostgresStats(STATS_SETTLE_MILLIS);
                        pgBefore = settledPostgresStats(IDLE_SAMPLE_MILLIS);
                        pgIdlePerSecond = PostgresStats.perSecond(idleFrom, pgBefore);
                        cpuBefore = cpuTicks(pids, generatorPid);
                        postgresBefore = ProcStats.postgresTicks();
                        machineBefore = ProcStats.machineTicks();
                        saturationStarted = System.nanoTime();
                        answer(answers);
                    }
                } else if (line.startsWith("#sample ")) {
                    sampleCrowd(options);
                } else if (line.startsWith("#redis ")) {
                    switchRedis(line.substring("#redis ".length()));
                    answer(answers);
                } else if (line.startsWith("#end ")) {
                    if (!line.equals("#end warmup")) {
                        sampleRss(pids, rss);
                    }
                    if (line.equals("#end saturation")) {
                        cpuSplit(prefix, pids, generatorPid);
                        postgresWork(prefix, settledPostgresStats(STATS_SETTLE_MILLIS));
                        answer(answers);
                    }
                } else {
                    Matcher m = FIGURE.matcher(line.trim());
                    if (m.matches()) {
                        figure(prefix + m.group(1), m.group(2), m.group(3));
                    } else {
                        log("generator: " + line);
                    }
                }
            }
        }
        process.waitFor();
        rss.forEach((name, mb) -> figure(prefix + "rss_" + key(name), fmt0(mb), "MB"));
    }

    private static void answer(Writer answers) {
        try {
            answers.write("go\n");
            answers.flush();
        } catch (IOException e) {
            log("the load generator no longer reads its answers: " + e.getMessage());
        }
    }

    /** The outage phase's markers: stop or start the bench's own Redis (same port). */
    private void switchRedis(String action) {
        try {
            if (action.equals("stop")) {
                ownRedis.stop();
                log("Redis " + ownRedis.url() + " stopped");
            } else if (action.equals("start")) {
                ownRedis.start();
                log("Redis " + ownRedis.url() + " started again");
            }
        } catch (RuntimeException e) {
            log("Redis " + action + " failed: " + e.getMessage());
        }
    }

    /**
     * xact_commit, xact_rollback and rows written (tup_inserted + tup_updated + tup_deleted) of
     * the bench database, read after {@code pauseMillis}.
     */
    private PostgresStats settledPostgresStats(long pauseMillis) {
        try {
            TimeUnit.MILLISECONDS.sleep(pauseMillis);
            Row row = Seeder.await(statsPool.preparedQuery("SELECT xact_commit, xact_rollback, tup_inserted + tup_updated + tup_deleted"
                    + " AS written FROM pg_stat_database WHERE datname = $1").execute(Tuple.of(databaseName))).iterator().next();
            return new PostgresStats(row.getLong("xact_commit"), row.getLong("xact_rollback"), row.getLong("written"), System.nanoTime());
        } catch (Exception e) {
            log("pg_stat_database not read: " + e.getMessage());
            return null;
        }
    }

    /**
     * PostgreSQL's work per post answered 200 during the saturation phase: as read, and net of
     * the idle academy's background at the rate measured just before.
     */
    private void postgresWork(String prefix, PostgresStats after) {
        double posts = value(prefix + "command_saturation_answered");
        if (pgBefore == null || after == null || !(posts > 0)) {
            return;
        }
        PostgresStats.Work work = PostgresStats.work(pgBefore, after, pgIdlePerSecond, posts);
        figure(prefix + "saturation_pg_commits", Long.toString(work.commits()), "transactions");
        figure(prefix + "saturation_pg_rollbacks", Long.toString(work.rollbacks()), "transactions");
        figure(prefix + "saturation_pg_rows_written", Long.toString(work.rowsWritten()), "rows");
        figure(prefix + "saturation_transactions_per_post", String.format("%.2f", work.transactionsPerPost()), "tx/post");
        figure(prefix + "saturation_rows_written_per_post", String.format("%.2f", work.rowsPerPost()), "rows/post");
        if (pgIdlePerSecond != null) {
            figure(prefix + "idle_pg_commits_per_second", String.format("%.1f", pgIdlePerSecond[0]), "tx/s");
            figure(prefix + "idle_pg_rows_written_per_second", String.format("%.1f", pgIdlePerSecond[2]), "rows/s");
            figure(prefix + "saturation_transactions_per_post_net_of_idle", String.format("%.2f", work.netTransactionsPerPost()), "tx/post");
            figure(prefix + "saturation_rows_written_per_post_net_of_idle", String.format("%.2f", work.netRowsPerPost()), "rows/post");
        }
    }

    private static Map<String, Long> cpuTicks(Map<String, Long> pids, long generatorPid) {
        Map<String, Long> ticks = new LinkedHashMap<>();
        pids.forEach((name, pid) -> ticks.put(name, ProcStats.cpuTicks(pid)));
        ticks.put("generator", ProcStats.cpuTicks(generatorPid));
        ticks.put("launcher_gateway", ProcStats.cpuTicks(ProcessHandle.current().pid()));
        return ticks;
    }

    /** CPU of each process during the saturation phase, in cores (1.0 = one core busy all the time). */
    private void cpuSplit(String prefix, Map<String, Long> pids, long generatorPid) {
        if (cpuBefore == null) {
            return;
        }
        double seconds = (System.nanoTime() - saturationStarted) / 1e9;
        double hz = 100.0; // USER_HZ, 100 on Linux
        Map<String, Long> after = cpuTicks(pids, generatorPid);
        long[] machine = ProcStats.machineTicks();
        double accounted = 0;
        for (Map.Entry<String, Long> e : after.entrySet()) {
            double cores = (e.getValue() - cpuBefore.getOrDefault(e.getKey(), 0L)) / hz / seconds;
            accounted += cores;
            figure(prefix + "cpu_saturation_" + key(e.getKey()), String.format("%.2f", cores), "cores");
        }
        double postgres = ProcStats.sumDelta(postgresBefore, ProcStats.postgresTicks()) / hz / seconds;
        accounted += postgres;
        figure(prefix + "cpu_saturation_postgres", String.format("%.2f", postgres), "cores");
        double busy = (machine[0] - machineBefore[0]) / hz / seconds;
        figure(prefix + "cpu_saturation_machine_busy", String.format("%.2f", busy), "cores");
        figure(prefix + "cpu_saturation_other", String.format("%.2f", Math.max(0, busy - accounted)), "cores");
    }

    /** Mid-scenario: each service's memory and the connections it has accepted. */
    private void sampleCrowd(PlatformOptions options) {
        servicePids.forEach((service, pid) -> figure("crowd_rss_" + key(service), fmt0(ProcStats.rssMegabytes(pid)), "MB"));
        for (AcademyService service : AcademyService.values()) {
            figure("crowd_connections_" + key(service.serviceName()),
                    Long.toString(ProcStats.establishedConnections(options.port(service))), "connections");
        }
    }

    private static void sampleRss(Map<String, Long> pids, Map<String, Double> rss) {
        pids.forEach((name, pid) -> {
            double mb = ProcStats.rssMegabytes(pid);
            if (mb > 0) {
                rss.merge(name, mb, Math::max);
            }
        });
    }

    private void readPids(Path state) throws IOException {
        Path file = state.resolve("running.pid");
        if (!Files.isRegularFile(file)) {
            return;
        }
        for (String line : Files.readAllLines(file)) {
            String[] parts = line.trim().split("\\s+");
            if (parts.length >= 2 && !parts[1].equals("launcher")) {
                servicePids.put(parts[1], Long.parseLong(parts[0]));
            }
        }
    }

    private void progress(String line) {
        log(line.trim());
        Matcher m = READY.matcher(line);
        if (m.find()) {
            startSeconds.put(m.group(1), Double.parseDouble(m.group(2)));
        }
    }

    private void figure(String name, String value, String unit) {
        figures.put(name, new String[] {value, unit});
        System.out.println(name + "=" + value + (unit.isEmpty() ? "" : " " + unit));
        System.out.flush();
    }

    private static void log(String line) {
        System.err.println("[bench " + Instant.now().toString().substring(11, 19) + "] " + line);
    }

    private static String key(String name) {
        return name.replace("-service", "").replace('-', '_');
    }

    private static String fmt(double value) {
        return String.format("%.2f", value);
    }

    private static String fmt0(double value) {
        return String.format("%.0f", value);
    }

    static Map<String, String[]> copy(Map<String, String[]> figures) {
        return new HashMap<>(figures);
    }
}
