package academy.platform;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.stream.Collectors;

/**
 * {@code ./academy up | login <telegramUserId> | down}: the entry point of the academy script.
 * Failures print one clear message, never a stack trace.
 */
public final class AcademyLauncher {

    private AcademyLauncher() {
    }

    public static void main(String[] args) {
        Path root = Path.of(System.getProperty("academy.repository.root", ".")).toAbsolutePath().normalize();
        int status = run(args, root, System.getenv());
        // Always exit: a failed boot may leave non-daemon threads (Vert.x) that would keep this JVM alive.
        System.exit(status);
    }

    /** Runs one command; returns the exit status after printing any failure as one line on stderr. */
    static int run(String[] args, Path root, Map<String, String> env) {
        String command = args.length == 0 ? "help" : args[0];
        try {
            switch (command) {
                case "up" -> up(root, env);
                case "login" -> LoginCommand.run(root, args.length > 1 ? args[1] : null, env);
                case "down" -> down(root);
                default -> help();
            }
            return 0;
        } catch (Throwable e) {
            return report(e, System.err, env.get("ACADEMY_DEBUG") != null);
        }
    }

    /**
     * One line naming the failure (a {@link PlatformException}'s hints may follow on indented
     * lines); the stack trace only with ACADEMY_DEBUG. Returns the exit status, 1.
     */
    static int report(Throwable failure, PrintStream err, boolean debug) {
        if (failure instanceof PlatformException) {
            err.println("academy: " + failure.getMessage());
        } else {
            err.println("academy: unexpected failure: " + failure.toString().replace('\n', ' ')
                    + " (ACADEMY_DEBUG=1 shows the details)");
        }
        if (debug) {
            failure.printStackTrace(err);
        }
        err.flush();
        return 1;
    }

    private static void up(Path root, Map<String, String> env) {
        PlatformOptions options = PlatformOptions.fromEnvironment(root, env);
        printAdmins(options);
        AcademyPlatform platform = AcademyPlatform.create(options);
        CountDownLatch stopped = new CountDownLatch(1);
        Thread stop = new Thread(() -> {
            if (platform.isRunning()) {
                System.out.println();
                platform.close();
                System.out.println("Stopped. The data stays (PostgreSQL, " + options.stateDirectory() + ") for the next ./academy up.");
            }
            stopped.countDown();
        }, "academy-stop");
        Runtime.getRuntime().addShutdownHook(stop);
        try {
            platform.run();
        } catch (Throwable e) {
            // run() has stopped what it had started; the hook has nothing left to do.
            removeHook(stop);
            throw e;
        }
        printWelcome(platform);
        watch(platform, stopped);
    }

    private static void removeHook(Thread hook) {
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException alreadyShuttingDown) {
            // the hook runs anyway and finds nothing running
        }
    }

    /** Who may author courses, said before anything starts: an academy nobody can administer is a surprise otherwise. */
    private static void printAdmins(PlatformOptions options) {
        List<Long> admins = options.adminIds();
        if (!admins.isEmpty()) {
            String ids = admins.stream().map(String::valueOf).collect(Collectors.joining(", "));
            System.out.println("Admins (may author courses): Telegram user " + ids
                    + (options.botToken() == null && admins.equals(List.of(AdminIds.DEVELOPMENT_ADMIN))
                            ? " (the local default; ./academy login " + AdminIds.DEVELOPMENT_ADMIN + " signs in as admin)"
                            : " (ACADEMY_ADMIN_IDS)"));
        } else {
            System.out.println("Admins: NOBODY. TELEGRAM_BOT_TOKEN is set and ACADEMY_ADMIN_IDS is not, so no one who signs in"
                    + " from Telegram can author courses.");
            System.out.println("  Set your Telegram user id: ACADEMY_ADMIN_IDS=<your id>[,<another id>] ./academy up");
        }
    }

    private static void printWelcome(AcademyPlatform platform) {
        String url = platform.gatewayUrl();
        System.out.println();
        System.out.println("The academy is up: " + url);
        System.out.println("  health:       curl " + url + "/health");
        System.out.println("  courses:      curl " + url + "/courses -H \"Authorization: Bearer $TOKEN\"");
        if (platform.demoCourseId() != null) {
            System.out.println("  demo course:  " + url + "/courses/" + platform.demoCourseId());
        }
        System.out.println("  sign in:      ./academy login 42   (prints signed init data and a JWT for user 42)");
        if (platform.options().botToken() == null) {
            System.out.println("                init data is signed with the development bot token in "
                    + platform.options().stateDirectory().resolve("dev-bot-token"));
        } else {
            System.out.println("                TELEGRAM_BOT_TOKEN is set: sign in from the real Mini App");
        }
        System.out.println("  admins:       " + (platform.options().adminIds().isEmpty() ? "nobody (set ACADEMY_ADMIN_IDS)"
                : platform.options().adminIds().stream().map(String::valueOf).collect(Collectors.joining(", "))));
        System.out.println("  logs:         " + platform.options().stateDirectory().resolve("logs"));
        System.out.println("Ctrl-C stops everything.");
    }

    /** Blocks until Ctrl-C; says so when a service stops on its own. */
    private static void watch(AcademyPlatform platform, CountDownLatch stopped) {
        Set<String> reported = new HashSet<>();
        try {
            while (!stopped.await(2, java.util.concurrent.TimeUnit.SECONDS)) {
                List<String> down = platform.stoppedServices();
                for (String service : down) {
                    if (reported.add(service)) {
                        System.err.println("academy: " + service + " stopped on its own; see "
                                + platform.options().stateDirectory().resolve("logs").resolve(service + ".log"));
                    }
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void down(Path root) {
        int stopped = RunningServices.stop(root.resolve(".academy"));
        System.out.println(stopped == 0 ? "Nothing to stop." : "Stopped the academy (" + stopped + " services).");
    }

    private static void help() {
        System.out.println("""
                usage: ./academy up [--fast-start]       run the whole academy (gateway on :8080, ACADEMY_PORT)
                       ./academy login <telegramUserId>  signed init data and a JWT for local sign-in
                       ./academy down                    stop a running academy, or what a killed run left behind""");
    }
}
