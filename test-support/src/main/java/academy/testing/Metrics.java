package academy.testing;

import static io.restassured.RestAssured.given;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads the running service's own Prometheus scrape, as Prometheus would. */
public final class Metrics {

    private static final Pattern SAMPLE = Pattern.compile("^([a-zA-Z_:][a-zA-Z0-9_:]*)(\\{([^}]*)\\})? (\\S+)$");

    private Metrics() {
    }

    /** The sum of every sample of {@code name} whose labels include {@code labels}; 0 when none is exposed yet. */
    public static double value(String name, Map<String, String> labels) {
        return value(given().get("/q/metrics").then().statusCode(200).extract().asString(), name, labels);
    }

    public static double value(String name) {
        return value(name, Map.of());
    }

    static double value(String scrape, String name, Map<String, String> labels) {
        double sum = 0;
        for (String line : scrape.split("\n")) {
            Matcher sample = SAMPLE.matcher(line.strip());
            if (sample.matches() && sample.group(1).equals(name) && hasLabels(sample.group(3), labels)) {
                sum += Double.parseDouble(sample.group(4));
            }
        }
        return sum;
    }

    private static boolean hasLabels(String labelText, Map<String, String> labels) {
        String text = labelText == null ? "" : labelText;
        return labels.entrySet().stream().allMatch(label -> text.contains(label.getKey() + "=\"" + label.getValue() + "\""));
    }
}
