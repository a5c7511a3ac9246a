package academy.platform;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * The pids of a running academy (its launcher and services), kept in the state folder: a
 * second {@code ./academy up} says the academy already runs, and {@code ./academy down}
 * stops it, or what a launcher killed outright (no chance to stop its children) left behind.
 */
final class RunningServices {

    private static final String FILE = "running.pid";
    private static final String LAUNCHER = "launcher";

    private RunningServices() {
    }

    static void record(Path stateDirectory, List<ServiceProcess> services) {
        StringBuilder lines = new StringBuilder(line(ProcessHandle.current(), LAUNCHER));
        services.forEach(s -> ProcessHandle.of(s.pid()).ifPresent(p -> lines.append(line(p, s.service().serviceName()))));
        try {
            Files.writeString(stateDirectory.resolve(FILE), lines.toString());
        } catch (IOException e) {
            System.err.println("could not record the services' pids: " + e.getMessage());
        }
    }

    /** pid, name and start time: a pid reused by another process since then does not match. */
    private static String line(ProcessHandle process, String name) {
        return process.pid() + " " + name + " " + startedAt(process) + "\n";
    }

    private static long startedAt(ProcessHandle process) {
        return process.info().startInstant().map(java.time.Instant::toEpochMilli).orElse(-1L);
    }

    static void forget(Path stateDirectory) {
        try {
            Files.deleteIfExists(stateDirectory.resolve(FILE));
        } catch (IOException e) {
            // nothing left to track
        }
    }

    /** Refuses to start while an academy (or services of an earlier run) still run from this folder. */
    static void refuseLeftovers(Path stateDirectory) {
        List<ProcessHandle> alive = alive(stateDirectory, true);
        if (!alive.isEmpty()) {
            boolean launcher = !alive(stateDirectory, false).equals(alive);
            throw new PlatformException((launcher ? "the academy is already running" : "services of an earlier run are still running")
                    + " (pids " + alive.stream().map(p -> Long.toString(p.pid())).toList() + ").\n"
                    + "  Stop it with Ctrl-C in its terminal, or with ./academy down.");
        }
        forget(stateDirectory);
    }

    /** Stops a running academy through its launcher (services drain first), else its leftover services. */
    static int stop(Path stateDirectory) {
        List<ProcessHandle> everything = alive(stateDirectory, true);
        List<ProcessHandle> services = alive(stateDirectory, false);
        List<ProcessHandle> targets = everything.size() > services.size() ? everything.subList(0, 1) : services;
        targets.forEach(ProcessHandle::destroy);
        for (ProcessHandle process : targets) {
            try {
                process.onExit().get(60, TimeUnit.SECONDS);
            } catch (Exception e) {
                process.destroyForcibly();
            }
        }
        services.stream().filter(ProcessHandle::isAlive).forEach(ProcessHandle::destroyForcibly);
        forget(stateDirectory);
        return services.size();
    }

    /** Live processes of the file: the launcher first (when asked for and alive), then the services. */
    private static List<ProcessHandle> alive(Path stateDirectory, boolean withLauncher) {
        Path file = stateDirectory.resolve(FILE);
        List<ProcessHandle> alive = new ArrayList<>();
        if (!Files.exists(file)) {
            return alive;
        }
        try {
            for (String line : Files.readAllLines(file)) {
                String[] parts = line.trim().split(" ");
                if (parts.length < 3 || (!withLauncher && parts[1].equals(LAUNCHER))) {
                    continue;
                }
                long started = Long.parseLong(parts[2]);
                Optional<ProcessHandle> process = ProcessHandle.of(Long.parseLong(parts[0]));
                process.filter(ProcessHandle::isAlive).filter(p -> started != -1 && startedAt(p) == started)
                        .ifPresent(alive::add);
            }
        } catch (IOException | NumberFormatException e) {
            System.err.println("ignoring an unreadable " + file + ": " + e.getMessage());
        }
        return alive;
    }
}
