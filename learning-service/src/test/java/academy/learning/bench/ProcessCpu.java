package academy.learning.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * CPU time of the service under test, of every PostgreSQL process and of this generator, from
 * /proc (Linux), so that a phase can report CPU milliseconds per post next to its throughput.
 */
final class ProcessCpu {

    private static final double MS_PER_TICK = 10; // USER_HZ is 100 on Linux

    record Sample(long nanos, long serviceTicks, Map<Long, Long> postgresTicks, long generatorTicks) {
    }

    private final long servicePid;

    ProcessCpu(long servicePid) {
        this.servicePid = servicePid;
    }

    static ProcessCpu fromProperty() {
        long pid = Long.getLong("bench.service-pid", -1);
        return pid > 0 && Files.isDirectory(Path.of("/proc", Long.toString(pid))) ? new ProcessCpu(pid) : null;
    }

    Sample sample() {
        return new Sample(System.nanoTime(), ticks(servicePid), postgresTicks(), ticks(ProcessHandle.current().pid()));
    }

    /** Prints the CPU split between {@code from} and now, and the service's CPU ms per answered post. */
    void print(String phase, Sample from, long posts) {
        Sample to = sample();
        double seconds = (to.nanos() - from.nanos()) / 1e9;
        double serviceMs = (to.serviceTicks() - from.serviceTicks()) * MS_PER_TICK;
        System.out.printf("%s_cpu_service=%.2f cores%n", phase, serviceMs / 1000 / seconds);
        long postgres = 0;
        for (Map.Entry<Long, Long> process : to.postgresTicks().entrySet()) {
            // A backend that started during the phase counts from 0; one that ended is lost (a lower bound).
            postgres += process.getValue() - from.postgresTicks().getOrDefault(process.getKey(), 0L);
        }
        System.out.printf("%s_cpu_postgres=%.2f cores%n", phase, postgres * MS_PER_TICK / 1000 / seconds);
        System.out.printf("%s_cpu_generator=%.2f cores%n", phase,
                (to.generatorTicks() - from.generatorTicks()) * MS_PER_TICK / 1000 / seconds);
        if (posts > 0) {
            System.out.printf("%s_service_cpu_per_post=%.3f ms%n", phase, serviceMs / posts);
        }
    }

    private static Map<Long, Long> postgresTicks() {
        Map<Long, Long> ticks = new HashMap<>();
        try (Stream<Path> processes = Files.list(Path.of("/proc"))) {
            List<Path> candidates = new ArrayList<>();
            processes.filter(p -> p.getFileName().toString().chars().allMatch(Character::isDigit)).forEach(candidates::add);
            for (Path process : candidates) {
                try {
                    if (Files.readString(process.resolve("comm")).trim().equals("postgres")) {
                        ticks.put(Long.parseLong(process.getFileName().toString()), ticks(process.resolve("stat")));
                    }
                } catch (IOException gone) {
                    // the process ended between listing and reading
                }
            }
        } catch (IOException e) {
            return ticks;
        }
        return ticks;
    }

    private static long ticks(long pid) {
        try {
            return ticks(Path.of("/proc", Long.toString(pid), "stat"));
        } catch (IOException e) {
            return 0;
        }
    }

    private static long ticks(Path stat) throws IOException {
        String line = Files.readString(stat);
        // Fields after the command name (which may hold spaces) start after the last ')'.
        String[] fields = line.substring(line.lastIndexOf(')') + 2).split(" ");
        return Long.parseLong(fields[11]) + Long.parseLong(fields[12]); // utime, stime
    }
}
