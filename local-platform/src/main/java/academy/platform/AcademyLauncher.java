package academy.platform;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;

/**
 * {@code ./academy up | login <telegramUserId> | down}: the entry point of the academy script.
 * Failures print one clear message, never a stack trace.
 */
public final class AcademyLauncher {

    private AcademyLauncher() {
    }

    public static void main(String[] args) {
        Path root = Path.of(System.getProperty("academy.repository.root", ".")).toAbsolutePath().normalize();
        String command = args.length == 0 ? "help" : args[0];
        try {
            switch (command) {
                case "up" -> up(root);
                case "login" -> LoginCommand.run(root, args.length > 1 ? args[1] : null);
                case "down" -> down(root);
                default -> help();
            }
        } catch (PlatformException e) {
            System.err.println("academy: " + e.getMessage());
            if (System.getenv("ACADEMY_DEBUG") != null) {
                e.printStackTrace();
            }
            System.exit(1);
        } catch (RuntimeException e) {
            System.err.println("academy: unexpected failure: " + e + " (ACADEMY_DEBUG=1 shows the details)");
            if (System.getenv("ACADEMY_DEBUG") != null) {
                e.printStackTrace();
            }
            System.exit(1);
        }
    }

    private static void up(Path root) {
        PlatformOptions options = PlatformOptions.fromEnvironment(root);
        AcademyPlatform platform = AcademyPlatform.create(options);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            if (platform.isRunning()) {
                System.out.println();
                platform.close();
                System.out.println("Stopped. The data stays (PostgreSQL, " + options.stateDirectory() + ") for the next ./academy up.");
            }
            stopped.countDown();
        }, "academy-stop"));
        platform.run();
        printWelcome(platform);
        watch(platform, stopped);
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
        System.out.println("  admin:        user id " + platform.options().adminIds().get(0) + " (ACADEMY_ADMIN_IDS)");
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
                usage: ./academy up                      run the whole academy (gateway on :8080, ACADEMY_PORT)
                       ./academy login <telegramUserId>  signed init data and a JWT for local sign-in
                       ./academy down                    stop a running academy, or what a killed run left behind""");
    }
}
