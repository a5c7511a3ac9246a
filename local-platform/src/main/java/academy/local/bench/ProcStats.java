package academy.local.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** CPU ticks and resident memory from /proc (Linux), read by pid. */
final class ProcStats {

    private ProcStats() {
    }

    /** utime + stime of a process in clock ticks, or -1 when it is gone. */
    static long cpuTicks(long pid) {
        String[] fields = statFields(pid);
        if (fields == null) {
            return -1;
        }
        return Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
    }

    /** The process name (comm) or null. */
    static String name(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
            return stat.substring(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /** Resident set size in MB (VmRSS), or -1. */
    static double rssMegabytes(long pid) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024.0;
                }
            }
        } catch (IOException | RuntimeException e) {
            // gone
        }
        return -1;
    }

    /** Ticks of every process named postgres, by pid. */
    static Map<Long, Long> postgresTicks() {
        Map<Long, Long> ticks = new HashMap<>();
        try (Stream<Path> entries = Files.list(Path.of("/proc"))) {
            for (Path entry : entries.toList()) {
                String file = entry.getFileName().toString();
                if (!file.chars().allMatch(Character::isDigit)) {
                    continue;
                }
                long pid = Long.parseLong(file);
                if ("postgres".equals(name(pid))) {
                    long t = cpuTicks(pid);
                    if (t >= 0) {
                        ticks.put(pid, t);
                    }
                }
            }
        } catch (IOException e) {
            // no /proc
        }
        return ticks;
    }

    /** Busy and total ticks of the whole machine (first line of /proc/stat). */
    static long[] machineTicks() {
        try {
            String[] f = Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
            long total = 0;
            for (int i = 1; i < f.length; i++) {
                total += Long.parseLong(f[i]);
            }
            long idle = Long.parseLong(f[4]) + (f.length > 5 ? Long.parseLong(f[5]) : 0);
            return new long[] {total - idle, total};
        } catch (IOException | RuntimeException e) {
            return new long[] {0, 0};
        }
    }

    static long sumDelta(Map<Long, Long> before, Map<Long, Long> after) {
        long sum = 0;
        for (Map.Entry<Long, Long> e : after.entrySet()) {
            sum += e.getValue() - before.getOrDefault(e.getKey(), 0L);
        }
        return Math.max(0, sum);
    }

    private static String[] statFields(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
            // fields after "pid (comm) ": state is index 0 here, utime index 11, stime index 12
            return stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    static String loadAverage() {
        try {
            List<String> parts = List.of(Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+"));
            return parts.get(0) + " " + parts.get(1) + " " + parts.get(2);
        } catch (IOException e) {
            return "unknown";
        }
    }

    /** Established TCP connections whose local port is {@code port} (a server's accepted connections), from /proc/net. */
    static long establishedConnections(int port) {
        String hexPort = String.format(":%04X", port);
        long count = 0;
        for (String table : List.of("/proc/net/tcp", "/proc/net/tcp6")) {
            try {
                for (String line : Files.readAllLines(Path.of(table))) {
                    String[] fields = line.trim().split("\\s+");
                    if (fields.length > 3 && fields[1].endsWith(hexPort) && fields[3].equals("01")) {
                        count++;
                    }
                }
            } catch (IOException | RuntimeException e) {
                // not Linux, or the table is unreadable: counted as none
            }
        }
        return count;
    }
}
