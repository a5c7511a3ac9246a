package academy.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Set;

/**
 * ServiceMonitor and PrometheusRule are custom resources: besides the fabric8 monitoring model,
 * their fields are checked here by hand against the Prometheus Operator's monitoring.coreos.com/v1 schema subset we use.
 */
final class HandChecks {

    private static final Set<String> TOP = Set.of("apiVersion", "kind", "metadata", "spec");
    private static final Set<String> METADATA = Set.of("name", "namespace", "labels", "annotations");

    private HandChecks() {
    }

    static void serviceMonitor(Map<String, Object> monitor) {
        assertThat(monitor.get("apiVersion")).isEqualTo("monitoring.coreos.com/v1");
        assertThat(monitor.keySet()).isSubsetOf(TOP);
        assertThat(Obj.map(monitor, "metadata").keySet()).isSubsetOf(METADATA);
        assertThat(Obj.map(monitor, "spec").keySet()).isSubsetOf("selector", "endpoints", "namespaceSelector", "jobLabel",
                "targetLabels", "podTargetLabels").contains("selector", "endpoints");
        assertThat(Obj.map(monitor, "spec.selector").keySet()).containsOnly("matchLabels");
        assertThat(Obj.list(monitor, "spec.endpoints")).singleElement().satisfies(endpoint -> {
            assertThat(endpoint.keySet()).isSubsetOf("port", "path", "interval", "scrapeTimeout", "scheme");
            assertThat(endpoint).containsEntry("port", "http").containsEntry("path", "/q/metrics");
            assertThat(endpoint.get("interval").toString()).matches("\\d+[sm]");
        });
    }

    static void prometheusRule(Map<String, Object> rule) {
        assertThat(rule.get("apiVersion")).isEqualTo("monitoring.coreos.com/v1");
        assertThat(rule.keySet()).isSubsetOf(TOP);
        assertThat(Obj.map(rule, "metadata").keySet()).isSubsetOf(METADATA);
        assertThat(Obj.map(rule, "spec").keySet()).containsOnly("groups");
        assertThat(Obj.list(rule, "spec.groups")).isNotEmpty().allSatisfy(group -> {
            assertThat(group.keySet()).isSubsetOf("name", "interval", "rules").contains("name", "rules");
            assertThat(Obj.list(group, "rules")).isNotEmpty().allSatisfy(alert -> {
                assertThat(alert.keySet()).isSubsetOf("alert", "expr", "for", "labels", "annotations")
                        .contains("alert", "expr", "labels", "annotations");
                assertThat(Obj.str(alert, "labels.severity")).isIn("warning", "critical");
                assertThat(Obj.map(alert, "annotations")).containsKeys("summary", "description", "runbook_url");
                if (alert.containsKey("for")) {
                    assertThat(alert.get("for").toString()).matches("\\d+[sm]");
                }
            });
        });
    }
}
