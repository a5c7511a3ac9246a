package academy.platform;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * The JVM options of each service in a local run. By default exactly what the container image
 * runs (the root pom's {@code academy.service.jvm-options}, copied into this module's resources
 * by the build), so what is measured locally is what production runs. ACADEMY_JAVA_OPTS replaces
 * them; ACADEMY_FAST_START=1 adds C1-only compilation: quicker start-up, 30-45 % of the
 * throughput (docs/performance.md, "JVM settings").
 */
final class ServiceJvm {

    static final String RESOURCE = "academy/platform/service-jvm.properties";
    static final String FAST_START = "-XX:TieredStopAtLevel=1";

    private ServiceJvm() {
    }

    static List<String> options(Map<String, String> env) {
        String explicit = env.get("ACADEMY_JAVA_OPTS");
        List<String> options = new ArrayList<>(explicit == null ? defaults() : split(explicit, "\\s+"));
        if (fastStart(env.get("ACADEMY_FAST_START"))) {
            options.add(FAST_START);
        }
        return List.copyOf(options);
    }

    /** The image's options: a comma-separated list, as Jib's jvm-additional-arguments takes it. */
    static List<String> defaults() {
        try (InputStream in = ServiceJvm.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new PlatformException(RESOURCE + " is missing from the launcher's classpath: rebuild it (./academy up)");
            }
            Properties properties = new Properties();
            properties.load(in);
            String options = properties.getProperty("options", "");
            if (options.contains("${")) {
                throw new PlatformException(RESOURCE + " was not filled in by the build: rebuild the launcher (./academy up)");
            }
            return split(options, ",");
        } catch (IOException e) {
            throw new PlatformException("could not read " + RESOURCE + ": " + e.getMessage(), e);
        }
    }

    static boolean fastStart(String value) {
        if (value == null || value.isBlank() || value.strip().equals("0") || value.strip().equalsIgnoreCase("false")) {
            return false;
        }
        if (value.strip().equals("1") || value.strip().equalsIgnoreCase("true")) {
            return true;
        }
        throw new PlatformException("ACADEMY_FAST_START must be 1 (on) or 0 (off), not '" + value.replaceAll("\\p{Cntrl}", "?") + "'");
    }

    private static List<String> split(String value, String separator) {
        return Arrays.stream(value.strip().split(separator)).map(String::strip).filter(option -> !option.isEmpty()).toList();
    }
}
