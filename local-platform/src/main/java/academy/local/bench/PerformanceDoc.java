package academy.local.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** The block of docs/performance.md between the platform-bench markers: machine, commit, the table. */
final class PerformanceDoc {

    static final String BEGIN = "<!-- platform-bench:begin -->";
    static final String END = "<!-- platform-bench:end -->";

    private PerformanceDoc() {
    }

    /** Replaces what is between the markers (the file and markers are created when missing). */
    static void rewrite(Path doc, String block) throws IOException {
        String text = Files.isRegularFile(doc) ? Files.readString(doc)
                : "# Performance\n\n" + BEGIN + "\n" + END + "\n";
        int begin = text.indexOf(BEGIN);
        int end = text.indexOf(END);
        if (begin < 0 || end < begin) {
            text = text + (text.endsWith("\n") ? "" : "\n") + "\n" + BEGIN + "\n" + END + "\n";
            begin = text.indexOf(BEGIN);
            end = text.indexOf(END);
        }
        String updated = text.substring(0, begin + BEGIN.length()) + "\n" + block + text.substring(end);
        Files.writeString(doc, updated, StandardCharsets.UTF_8);
    }

    /** figure name, what it measures, the seed's promise, the 2-core target */
    private static final String[][] ROWS = {
            {"command_open_500_p95", "POST /lessons/progress p95 at 500/s (open loop)", "< 100 ms p95", ""},
            {"command_open_1000_p50", "POST /lessons/progress p50 at 1,000/s", "", ""},
            {"command_open_1000_p95", "POST /lessons/progress p95 at 1,000/s", "< 100 ms p95", "< 10 ms"},
            {"command_open_1000_p99", "POST /lessons/progress p99 at 1,000/s", "", ""},
            {"command_open_1000_throughput", "answered 200 at 1,000/s offered", "1,000+ events/s", ""},
            {"command_open_2000_p95", "POST /lessons/progress p95 at 2,000/s", "< 100 ms p95", ""},
            {"command_open_2000_throughput", "answered 200 at 2,000/s offered", "", ""},
            {"command_saturation_throughput", "POST /lessons/progress at saturation (closed loop)", "10K+ requests/s", ""},
            {"command_saturation_throughput_vs_insert_limit", "saturation / raw insert limit", "", ">= 0.5"},
            {"command_saturation_p95", "p95 at saturation", "", ""},
            {"yardstick_command_saturation_throughput", "yardstick (the stack alone) at saturation: the stack limit", "", ""},
            {"yardstick_command_saturation_throughput_vs_insert_limit", "stack limit / raw insert limit", "", ""},
            {"command_saturation_throughput_vs_stack_limit", "POST saturation / stack limit", "", ""},
            {"command_open_1000_throughput_vs_stack_limit", "answered 200 at 1,000/s / stack limit", "", ""},
            {"yardstick_command_saturation_p95", "yardstick p95 at saturation", "", ""},
            {"yardstick_command_open_1000_p95", "yardstick p95 at 1,000/s (open loop)", "", ""},
            {"saturation_transactions_per_post", "PostgreSQL transactions committed per post at saturation (pg_stat_database)", "", ""},
            {"saturation_transactions_per_post_net_of_idle", "the same, less the idle academy's background", "", ""},
            {"saturation_rows_written_per_post", "rows inserted + updated + deleted per post at saturation", "", ""},
            {"saturation_rows_written_per_post_net_of_idle", "the same, less the idle academy's background", "", ""},
            {"idle_pg_commits_per_second", "transactions of the idle academy (feeds, leases), per second", "", ""},
            {"yardstick_saturation_transactions_per_post_net_of_idle", "transactions per yardstick post, less the background (1 expected)", "", ""},
            {"yardstick_saturation_rows_written_per_post_net_of_idle", "rows written per yardstick post, less the background (1 expected)", "", ""},
            {"yardstick_cpu_saturation_yardstick", "CPU during the yardstick's saturation: the yardstick", "", ""},
            {"yardstick_cpu_saturation_postgres", "CPU during the yardstick's saturation: every postgres process", "", ""},
            {"sustainable_rate", "a rate this machine holds: half the saturation throughput", "", ""},
            {"command_open_sustainable_p50", "POST /lessons/progress p50 at that rate (open loop)", "", ""},
            {"command_open_sustainable_p95", "POST /lessons/progress p95 at that rate", "< 100 ms p95", "< 10 ms (at 1,000/s)"},
            {"command_open_sustainable_p99", "POST /lessons/progress p99 at that rate", "", ""},
            {"pg_insert_limit", "raw single-row INSERT limit (pg-insert-limit.sh, same run)", "", ""},
            {"query_dashboard_p50", "GET /dashboard p50 (open loop, query rate)", "", ""},
            {"query_dashboard_p95", "GET /dashboard p95", "< 200 ms", "< 5 ms at 2,000/s"},
            {"query_dashboard_p99", "GET /dashboard p99", "", ""},
            {"query_dashboard_throughput", "GET /dashboard answered 200", "", ""},
            {"query_progress_summary_p95", "GET /progress/summary p95", "< 50 ms p95", ""},
            {"query_progress_summary_p99", "GET /progress/summary p99", "", ""},
            {"query_leaderboard_p95", "GET /leaderboard p95", "< 50 ms p95", ""},
            {"query_leaderboard_p99", "GET /leaderboard p99", "", ""},
            {"lag_p50", "append -> progress read model, p50 at the lag rate (capped: ?after waits 1 s)", "", ""},
            {"lag_p99", "append -> progress read model, p99 at the lag rate", "", "< 50 ms (at 1,000/s)"},
            {"lag_over_1s", "lag samples where ?after gave up waiting (1 s)", "", ""},
            {"lag_sustainable_p50", "append -> progress read model, p50 at the sustainable rate", "", ""},
            {"lag_sustainable_p99", "append -> progress read model, p99 at the sustainable rate", "", "< 50 ms"},
            {"lag_sustainable_over_1s", "lag samples at the sustainable rate over 1 s", "", ""},
            {"catchup_projections_rate", "projections catching up on the seeded events", "1,000+ events/s", ""},
            {"catchup_all_rate", "every subscription (projections and reactions) caught up", "", ""},
            {"rebuild_leaderboard_rate", "rebuild of the leaderboard projection", "", ">= 50,000 events/s"},
            {"rss_user", "user-service RSS under load", "", "< 300 MB"},
            {"rss_course", "course-service RSS under load", "", "< 300 MB"},
            {"rss_learning", "learning-service RSS under load", "", "< 300 MB"},
            {"rss_assessment", "assessment-service RSS under load", "", "< 300 MB"},
            {"rss_projector", "projector-service RSS under load", "", "< 300 MB"},
            {"startup_user", "user-service start to ready", "", "< 3 s"},
            {"startup_course", "course-service start to ready", "", "< 3 s"},
            {"startup_learning", "learning-service start to ready", "", "< 3 s"},
            {"startup_assessment", "assessment-service start to ready", "", "< 3 s"},
            {"startup_projector", "projector-service start to ready", "", "< 3 s"},
            {"cpu_saturation_learning", "CPU during saturation: learning-service", "", ""},
            {"cpu_saturation_projector", "CPU during saturation: projector-service", "", ""},
            {"cpu_saturation_course", "CPU during saturation: course-service", "", ""},
            {"cpu_saturation_user", "CPU during saturation: user-service", "", ""},
            {"cpu_saturation_assessment", "CPU during saturation: assessment-service", "", ""},
            {"cpu_saturation_postgres", "CPU during saturation: every postgres process", "", ""},
            {"cpu_saturation_generator", "CPU during saturation: the load generator", "", ""},
            {"cpu_saturation_launcher_gateway", "CPU during saturation: launcher (gateway, sampler)", "", ""},
            {"cpu_saturation_other", "CPU during saturation: the rest of the machine", "", ""},
            {"outage_window_p50", "GET /leaderboard p50 while Redis is down (open loop, outage rate)", "", ""},
            {"outage_window_p95", "GET /leaderboard p95 while Redis is down", "", ""},
            {"outage_window_p99", "GET /leaderboard p99 while Redis is down", "", ""},
            {"outage_share_503", "share of the outage phase's requests answered 503", "", ""},
            {"outage_share_other_errors", "share of the outage phase's requests failed otherwise (not 200, not 503)", "", ""},
            {"outage_answers_postgresql", "outage phase: leaderboards answered from PostgreSQL", "", ""},
            {"outage_recovery_seconds", "Redis restarted (empty) -> the board answers from Redis again", "", ""},
            {"outage_not_recovered", "the board did not answer from Redis again within", "", ""},
            {"crowd_learners", "10,000 learners at once: learners, each with its own connection", "10K concurrent users", ""},
            {"crowd_dashboard_throughput", "crowd: GET /dashboard answered 200 (one every 10 s per learner)", "", "~1,000/s"},
            {"crowd_dashboard_p50", "crowd: GET /dashboard p50", "", ""},
            {"crowd_dashboard_p95", "crowd: GET /dashboard p95", "< 200 ms", "< 50 ms"},
            {"crowd_dashboard_p99", "crowd: GET /dashboard p99", "", ""},
            {"crowd_dashboard_status_transport_error", "crowd: dashboard reads that failed on the wire", "", "0"},
            {"crowd_post_throughput", "crowd: POST /lessons/progress answered 200 (one every 60 s per learner)", "", "~170/s"},
            {"crowd_post_p50", "crowd: POST /lessons/progress p50", "", ""},
            {"crowd_post_p95", "crowd: POST /lessons/progress p95", "< 100 ms", "< 50 ms"},
            {"crowd_post_p99", "crowd: POST /lessons/progress p99", "", ""},
            {"crowd_connections_projector", "crowd: connections open to projector-service (mid-run)", "", ""},
            {"crowd_connections_learning", "crowd: connections open to learning-service (mid-run)", "", ""},
            {"crowd_rss_projector", "crowd: projector-service RSS (mid-run)", "", "< 300 MB"},
            {"crowd_rss_learning", "crowd: learning-service RSS (mid-run)", "", "< 300 MB"},
    };

    static String table(Map<String, String[]> figures, Path root, String loadBefore, String loadAfter) {
        StringBuilder b = new StringBuilder();
        b.append("## Whole-platform benchmark (`./academy bench`)\n\n");
        b.append("Written by `./academy bench` (local-platform, `academy.local.bench.PlatformBench`); rerun it to refresh this block.\n");
        b.append("The academy runs on a fresh database, an embedded Redis of the bench's own and random ports; 10,000 learners, 3 courses and\n");
        b.append("their past events are seeded straight into `event_store`; the load comes from a second JVM on loopback,\n");
        b.append("straight to the services' ports (open loop: latency from the intended send time, HdrHistogram).\n\n");
        b.append("- date: ").append(LocalDate.now(ZoneOffset.UTC)).append(" (UTC)\n");
        b.append("- machine: ").append(shell("nproc")).append(" cores, ").append(shell("free -g | awk '/^Mem:/ {print $2}'"))
                .append(" GB RAM, ").append(shell("lscpu | sed -n 's/^Model name: *//p' | head -1")).append('\n');
        b.append("- commit: ").append(shell("git -C '" + root + "' rev-parse --short HEAD")).append('\n');
        b.append("- load average (1/5/15 min): ").append(loadBefore).append(" before, ").append(loadAfter)
                .append(" after (a shared machine: other work ran alongside)\n");
        b.append("- phases: ").append(System.getProperty("bench.phase-seconds", "10")).append(" s each; query rate ")
                .append(System.getProperty("bench.query-rate", "2000")).append("/s; lag rate ")
                .append(System.getProperty("bench.lag-rate", "1000")).append("/s; saturation ")
                .append(System.getProperty("bench.in-flight", "64")).append(" requests in flight; Redis outage flood ")
                .append(System.getProperty("bench.outage-rate", "1000")).append("/s\n");
        b.append("- options (`./academy bench --name=value`): phase-seconds (10), warmup-seconds (5), rates (500,1000,2000),\n"
                + "  query-rate (2000), lag-rate (1000), in-flight (64), learners (10000), token-learners (1000),\n"
                + "  insert-seconds (10), insert-clients (16), catchup-timeout (180), rebuild (leaderboard, or none),\n"
                + "  drain-seconds (15), sustainable-fraction (0.5), outage-rate (1000; 0 skips the Redis outage), write-doc (true);\n"
                + "  scenario (all, or crowd: only the 10,000-learner scenario), crowd (true), crowd-learners (10000),\n"
                + "  crowd-seconds (60), crowd-read-every (10), crowd-post-every (60); the services' JVM options are those of `./academy up` (the image's, see JVM settings below; ACADEMY_JAVA_OPTS replaces them)\n\n");
        b.append("An open-loop phase waits drain-seconds for its last answers; requests still unanswered then (`*_unanswered`)\n"
                + "are counted at the time they had waited so far (a lower bound) and their connections are dropped, so a\n"
                + "backlog never spills into the next phase. Throughputs are answers 200 per second; `*_vs_insert_limit`\n"
                + "divides them by the raw single-row INSERT limit measured in the same run, `*_vs_stack_limit` divides each\n"
                + "post throughput by the yardstick's saturation throughput (`yardstick_*`: the stack alone, same generator,\n"
                + "same phases, same run; see \"The yardstick\" below this block).\n\n");
        b.append("| figure | measured | seed's promise | target (issue 10, 2 cores) |\n|---|---|---|---|\n");
        for (String[] row : ROWS) {
            String[] value = figures.get(row[0]);
            if (value == null) {
                continue;
            }
            b.append("| ").append(row[1]).append(" | ").append(value[0]).append(' ').append(value[1]).append(" | ")
                    .append(row[2]).append(" | ").append(row[3]).append(" |\n");
        }
        b.append(""
                + "\n"
                + "Notes on the method:\n"
                + "\n"
                + "- Catch-up is timed from the start of seeding (the feed starts while rows are still being written) until\n"
                + "  every subscription's checkpoint has passed the last seeded event; the rate is seeded events / that time.\n"
                + "- The rebuild replays the whole feed at that moment (the seeded events plus the reactions' events) into the\n"
                + "  projection's copy tables and swaps them in. The issue asks for 1M events: not loaded by default, to keep\n"
                + "  the run under 10 minutes on this machine (`--learners=100000` seeds 1M); the rate here is on what was loaded.\n"
                + "- Lag: every 10th post is followed, once answered, by `GET /progress/summary?after=<its position>`; lag = that\n"
                + "  answer's time - the post's answer time (one loopback round trip included). The route waits at most 1 s, so\n"
                + "  values near 1 s mean \"not caught up within 1 s\" (`*_over_1s`).\n"
                + "- The load goes straight to learning-service and projector-service, not through the development gateway.\n"
                + "- 10,000 learners at once (`crowd_*`): every learner holds a keep-alive connection of its own to\n"
                + "  projector-service and opens its dashboard every 10 s; its posts (one per 60 s) go to learning-service\n"
                + "  through the generator's shared pool (one descriptor per learner fits `ulimit -n` 20,000; two would not).\n"
                + "  Each learner starts at a random moment of its periods; latency counts from the timer's firing; a read\n"
                + "  still running when the next is due is skipped and counted (`crowd_dashboard_skipped`). The learners are\n"
                + "  capped by the generator's free file descriptors (`crowd_fd_limit`). Connections and RSS are sampled\n"
                + "  halfway through (/proc/net/tcp: established connections on each service's port).\n"
                + "- Start-up: process start to `/q/health/ready` answering 200, the five services started together on shared cores.\n"
                + "- CPU split: /proc/<pid>/stat of each JVM, every `postgres` process and the generator, over the saturation\n"
                + "  phase, in cores (1.00 = one core busy); \"the rest of the machine\" is whatever else ran (other builds).\n"
                + "- Yardstick (`yardstick_*`): started after the insert limit on a random port with the services' JVM options,\n"
                + "  warmed, measured (open-loop rates, then saturation) while the academy's services sit idle, and stopped\n"
                + "  before the academy's phases.\n"
                + "- PostgreSQL work per post (`*saturation_transactions_per_post`, `*saturation_rows_written_per_post`):\n"
                + "  pg_stat_database of the bench database (xact_commit; tup_inserted + tup_updated + tup_deleted) read before\n"
                + "  and after saturation, each time 11 s after the phase boundary (an idle backend publishes its last counts\n"
                + "  within 10 s), divided by the posts answered 200. Everything in the database counts: the append, the reads\n"
                + "  a command makes, the projections and reactions the posts cause, and the background (feeds, leases);\n"
                + "  `*_net_of_idle` takes off the background at the rate measured over 5 s of idle just before (`idle_pg_*`).\n"
                + "- Redis outage (`outage_*`, last): an open-loop flood of `GET /leaderboard?period=week&limit=10` at the\n"
                + "  outage rate for a phase; the bench's own Redis is stopped a third of the way in and started again, empty,\n"
                + "  on the same port at two thirds. `outage_window_*`: requests due while it was down; shares over the whole\n"
                + "  phase; recovery: from the restart to the first answer with `\"source\":\"redis\"` (asked every 100 ms\n"
                + "  after the flood, at most 60 s).\n"
                );
        b.append("\nEvery figure as printed (`name=value unit`):\n\n```\n");
        figures.forEach((name, value) -> b.append(name).append('=').append(value[0])
                .append(value[1].isEmpty() ? "" : " " + value[1]).append('\n'));
        b.append("```\n");
        return b.toString();
    }

    private static String shell(String command) {
        try {
            Process p = new ProcessBuilder(List.of("bash", "-c", command)).redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
            p.waitFor(10, TimeUnit.SECONDS);
            return out.isEmpty() ? "unknown" : out;
        } catch (IOException | InterruptedException e) {
            return "unknown";
        }
    }
}
