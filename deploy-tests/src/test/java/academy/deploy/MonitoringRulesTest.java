package academy.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import academy.testing.MonitoringQueries;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The alert rules and dashboard queries: promtool accepts the rules and every dashboard query
 * (where it is installed; else only a bracket check runs), and every metric they use is listed in docs/operations.md
 * ("Metrics the dashboards need"), which says who exposes it. That each listed metric is
 * really on a running service's /q/metrics is checked against a live scrape, not here.
 */
class MonitoringRulesTest {

    private static final Path RULES = Manifests.CHART.resolve("files/prometheus-rules.yaml");
    private static final Path OPERATIONS = Manifests.ROOT.resolve("docs/operations.md");
    private static final Path UNIT_TESTS = Manifests.ROOT.resolve("deploy-tests/src/test/resources/alerts/rules-test.yaml");
    private static final String NO_PROMTOOL = "promtool is not installed (apt-get install prometheus, the Debian package"
            + " that ships it): the alert rules' unit tests and syntax check did not run";


    @Test
    void promtoolAcceptsTheRulesAndEveryDashboardQuery() throws Exception {
        assumeTrue(onPath("promtool"), NO_PROMTOOL);
        promtoolCheckRules(Manifests.read(RULES));
        // Dashboard queries, with Grafana's variables filled in, checked as recording rules.
        StringBuilder recordings = new StringBuilder("groups:\n  - name: dashboards\n    rules:\n");
        int index = 0;
        for (String expr : dashboardExpressions()) {
            String filled = expr.replace("$__rate_interval", "5m").replace("$namespace", "academy");
            recordings.append("      - record: academy:dashboard_query_").append(index++).append('\n')
                    .append("        expr: '").append(filled.replace("'", "''")).append("'\n");
        }
        promtoolCheckRules(recordings.toString());
    }

    @Test
    void everyAlertPassesItsPromtoolUnitTests() throws Exception {
        assumeTrue(onPath("promtool"), NO_PROMTOOL);
        Path folder = Files.createTempDirectory("academy-alert-tests");
        Files.copy(RULES, folder.resolve("prometheus-rules.yaml"));
        Files.copy(UNIT_TESTS, folder.resolve("rules-test.yaml"));
        Process process = new ProcessBuilder("promtool", "test", "rules", "rules-test.yaml").directory(folder.toFile())
                .redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(output).isZero();
    }

    /** Checked without promtool: each alert has a case where it fires and one where it stays quiet. */
    @Test
    @SuppressWarnings("unchecked")
    void everyAlertHasAFiringAndAQuietUnitTest() {
        Map<String, Object> tests = Manifests.readYaml(UNIT_TESTS);
        Map<String, Set<String>> outcomes = new TreeMap<>();
        for (var test : Obj.list(tests, "tests")) {
            for (var check : Obj.list(test, "alert_rule_test")) {
                List<Object> expected = (List<Object>) check.getOrDefault("exp_alerts", List.of());
                outcomes.computeIfAbsent(Obj.str(check, "alertname"), a -> new TreeSet<>())
                        .add(expected == null || expected.isEmpty() ? "quiet" : "fires");
            }
        }
        Set<String> alerts = new TreeSet<>();
        Obj.list(Manifests.readYaml(RULES), "groups").forEach(g -> Obj.list(g, "rules").forEach(r -> alerts.add(Obj.str(r, "alert"))));
        for (String alert : alerts) {
            assertThat(outcomes.get(alert)).as("unit tests of " + alert).isNotNull().contains("fires", "quiet");
        }
        assertThat(alerts).hasSizeGreaterThanOrEqualTo(13);
    }

    /** Each alert's runbook_url ends in an anchor that docs/operations.md really has. */
    @Test
    void everyRunbookLinkPointsAtASectionOfTheOperationsGuide() {
        String guide = Manifests.read(OPERATIONS);
        Obj.list(Manifests.readYaml(RULES), "groups").forEach(g -> Obj.list(g, "rules").forEach(rule -> {
            String url = Obj.str(rule, "annotations.runbook_url");
            assertThat(url).as(Obj.str(rule, "alert")).startsWith("https://").contains("/docs/operations.md#");
            String anchor = url.substring(url.indexOf('#') + 1);
            assertThat(guide).as("docs/operations.md anchor of " + Obj.str(rule, "alert")).contains("<a id=\"" + anchor + "\"></a>");
        }));
    }

    /** A count (requests waiting, dead letters per hour) is never drawn on a percent or per-second axis. */
    @Test
    void countsAreNotDrawnInThePanelsRateOrPercentUnit() throws Exception {
        var mapper = new com.fasterxml.jackson.databind.ObjectMapper();
        try (var files = Files.list(Manifests.CHART.resolve("dashboards"))) {
            for (Path file : files.toList()) {
                for (var panel : mapper.readTree(file.toFile()).get("panels")) {
                    String unit = panel.at("/fieldConfig/defaults/unit").asText();
                    if (!Set.of("percentunit", "ops", "reqps").contains(unit)) {
                        continue;
                    }
                    for (var target : panel.get("targets")) {
                        String expr = target.get("expr").asText();
                        boolean count = expr.contains("sql_pool_queue_size") || expr.contains("[1h]");
                        if (!count) {
                            continue;
                        }
                        String refId = target.get("refId").asText();
                        boolean ownUnit = false;
                        for (var override : panel.at("/fieldConfig/overrides")) {
                            if (refId.equals(override.at("/matcher/options").asText())) {
                                for (var property : override.get("properties")) {
                                    ownUnit |= "unit".equals(property.get("id").asText()) && !unit.equals(property.get("value").asText());
                                }
                            }
                        }
                        assertThat(ownUnit).as("%s, panel '%s', query %s drawn in %s", file.getFileName(),
                                panel.get("title").asText(), refId, unit).isTrue();
                    }
                }
            }
        }
    }

    private static void promtoolCheckRules(String rules) throws Exception {
        Path file = Files.createTempFile("academy-rules", ".yaml");
        Files.writeString(file, rules, StandardCharsets.UTF_8);
        Process process = new ProcessBuilder("promtool", "check", "rules", file.toString()).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        Files.deleteIfExists(file);
        assertThat(process.exitValue()).as(output).isZero();
    }

    @Test
    void everyQueryIsBalanced() throws Exception {
        for (String expr : expressions()) {
            assertThat(balanced(expr)).as(expr).isTrue();
        }
    }

    @Test
    void everyMetricUsedIsListedInTheOperationsGuide() throws Exception {
        Set<String> documented = documentedMetrics();
        Set<String> used = new TreeSet<>();
        for (String expr : expressions()) {
            used.addAll(metricNames(expr));
        }
        assertThat(used).contains("event_processing_lag_seconds", "sql_pool_ratio", "http_server_requests_seconds_bucket",
                "academy_lessons_completed_total");
        assertThat(documented).containsAll(used);
    }

    @Test
    void metricNamesAreFoundInAQuery() {
        assertThat(metricNames("histogram_quantile(0.95, sum by (service, le) (rate(event_store_append_seconds_bucket{namespace=\"$namespace\"}[$__rate_interval])))"))
                .containsExactly("event_store_append_seconds_bucket");
        assertThat(metricNames("sum(rate(a_total{outcome=\"passed\"}[5m])) / sum(rate(b_total[5m])) > 0.5"))
                .containsExactlyInAnyOrder("a_total", "b_total");
    }

    static Set<String> metricNames(String expr) {
        return MonitoringQueries.metricNames(expr);
    }

    static List<String> expressions() {
        return MonitoringQueries.expressions(Manifests.CHART);
    }

    static List<String> dashboardExpressions() {
        return MonitoringQueries.dashboardExpressions(Manifests.CHART);
    }

    /** Backticked names in the "Metrics the dashboards need" section of docs/operations.md. */
    static Set<String> documentedMetrics() {
        String guide = Manifests.read(OPERATIONS);
        int start = guide.indexOf("## Metrics the dashboards need");
        assertThat(start).as("docs/operations.md has a section 'Metrics the dashboards need'").isNotNegative();
        int end = guide.indexOf("\n## ", start + 1);
        String section = guide.substring(start, end < 0 ? guide.length() : end);
        Set<String> names = new TreeSet<>();
        Matcher matcher = Pattern.compile("`([a-z_:][a-z0-9_:]*)`").matcher(section);
        while (matcher.find()) {
            names.add(matcher.group(1));
        }
        return names;
    }

    private static boolean balanced(String expr) {
        int depth = 0;
        boolean quoted = false;
        for (char c : expr.toCharArray()) {
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && (c == '(' || c == '{' || c == '[')) {
                depth++;
            } else if (!quoted && (c == ')' || c == '}' || c == ']')) {
                depth--;
                if (depth < 0) {
                    return false;
                }
            }
        }
        return depth == 0 && !quoted;
    }

    private static boolean onPath(String command) {
        String path = System.getenv("PATH");
        if (path == null) {
            return false;
        }
        for (String dir : path.split(File.pathSeparator)) {
            if (Files.isExecutable(Path.of(dir, command))) {
                return true;
            }
        }
        return false;
    }
}
