package academy.testing;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.yaml.snakeyaml.Yaml;

/** The PromQL the chart's alert rules and Grafana dashboards run, and the metric names it reads. */
public final class MonitoringQueries {

    private static final Pattern GROUPING = Pattern.compile("\\b(by|without|on|ignoring|group_left|group_right)\\s*\\([^)]*\\)");
    private static final Pattern IDENTIFIER = Pattern.compile("[a-zA-Z_:][a-zA-Z0-9_:]*");
    private static final Set<String> KEYWORDS = Set.of("and", "or", "unless", "bool", "offset");

    private MonitoringQueries() {
    }

    /** Every alert expression in {@code chart}/files/prometheus-rules.yaml and every dashboard target. */
    public static List<String> expressions(Path chart) {
        List<String> expressions = new ArrayList<>(ruleExpressions(chart));
        expressions.addAll(dashboardExpressions(chart));
        return expressions;
    }

    /** Every metric name any of the chart's queries reads. */
    public static Set<String> metricNames(Path chart) {
        Set<String> names = new TreeSet<>();
        expressions(chart).forEach(expr -> names.addAll(metricNames(expr)));
        return names;
    }

    /** The metric names in one query: identifiers that are not functions, keywords, labels or durations. */
    public static Set<String> metricNames(String expr) {
        String stripped = expr.replaceAll("\"[^\"]*\"", "\"\"")
                .replaceAll("\\{[^}]*}", " ")
                .replaceAll("\\[[^]]*]", " ");
        stripped = GROUPING.matcher(stripped).replaceAll(" ");
        Set<String> names = new TreeSet<>();
        Matcher matcher = IDENTIFIER.matcher(stripped);
        while (matcher.find()) {
            String token = matcher.group();
            boolean function = stripped.substring(matcher.end()).stripLeading().startsWith("(");
            if (!function && !KEYWORDS.contains(token)) {
                names.add(token);
            }
        }
        return names;
    }

    /** The alert rules' expressions, from {@code chart}/files/prometheus-rules.yaml. */
    @SuppressWarnings("unchecked")
    public static List<String> ruleExpressions(Path chart) {
        Map<String, Object> document = new Yaml().load(read(chart.resolve("files/prometheus-rules.yaml")));
        List<String> expressions = new ArrayList<>();
        for (Object group : (List<Object>) document.get("groups")) {
            for (Object rule : (List<Object>) ((Map<String, Object>) group).get("rules")) {
                expressions.add(String.valueOf(((Map<String, Object>) rule).get("expr")));
            }
        }
        return expressions;
    }

    /** Every target's expression of the Grafana dashboards in {@code chart}/dashboards. */
    public static List<String> dashboardExpressions(Path chart) {
        Path folder = chart.resolve("dashboards");
        List<String> expressions = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
                JsonArray panels = new JsonObject(read(file)).getJsonArray("panels");
                for (int p = 0; p < panels.size(); p++) {
                    JsonArray targets = panels.getJsonObject(p).getJsonArray("targets", new JsonArray());
                    for (int t = 0; t < targets.size(); t++) {
                        expressions.add(targets.getJsonObject(t).getString("expr"));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (expressions.isEmpty()) {
            throw new IllegalStateException("no dashboard queries under " + folder);
        }
        return expressions;
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
