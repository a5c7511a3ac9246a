package academy.deploy;

import static academy.deploy.Obj.MINI_APP;
import static academy.deploy.Obj.SERVICES;
import static academy.deploy.Obj.WORKLOADS;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The checks every rendering passes: the chart with each values file and each kustomize
 * overlay. Subclasses say which rendering and what replica range it sets.
 */
abstract class DeploymentChecks {

    static final Set<String> SHARED_ENV = Set.of("DATABASE_URL", "REDIS_URL", "DB_POOL_SIZE", "REDIS_POOL_SIZE",
            "EVENT_BATCH_SIZE", "ACADEMY_ADMIN_IDS", "ACADEMY_JWT_PUBLIC_KEYS", "OTEL_SDK_DISABLED", "OTEL_EXPORTER_OTLP_ENDPOINT",
            "ACADEMY_CORS_ORIGINS");
    static final Set<String> USER_SERVICE_ONLY_ENV = Set.of("TELEGRAM_BOT_TOKEN", "ACADEMY_JWT_PRIVATE_KEY",
            "ACADEMY_TRUSTED_PROXIES");
    static final Set<String> USER_SERVICE_ONLY_KEYS = Set.of("TELEGRAM_BOT_TOKEN", "private-key.pem");
    static final List<String> ALERTS = List.of("HighEventProcessingLag", "SubscriptionWithoutLeader", "EventDeadLettered",
            "DatabaseConnectionPoolExhausted", "StoreRefusingRequests", "JvmHeapNearlyFull", "HighErrorRate", "RequestsShed",
            "SlowCommands", "SlowReads", "TargetDown", "PodRestarting", "AutoscalerAtMaximum");

    abstract List<Map<String, Object>> objects();

    abstract int minReplicas();

    abstract int maxReplicas();

    /** Whether ServiceMonitors and the PrometheusRule are part of this rendering. */
    boolean monitoring() {
        return true;
    }

    Map<String, Object> deployment(String service) {
        return Obj.forService(objects(), "Deployment", service)
                .orElseThrow(() -> new AssertionError("no Deployment for " + service));
    }

    @Test
    void everyObjectParsesWithTheModelAndHasNoUnknownField() {
        assertThat(objects()).isNotEmpty();
        List<String> problems = new ArrayList<>();
        for (var object : objects()) {
            assertThat(object).containsKeys("apiVersion", "kind", "metadata");
            problems.addAll(ModelValidation.problems(object));
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void eachServiceHasDeploymentServiceAutoscalerAndDisruptionBudget() {
        for (String service : WORKLOADS) {
            var deployment = deployment(service);
            var podLabels = Obj.map(deployment, "spec.template.metadata.labels");
            assertThat(podLabels).containsAllEntriesOf(Obj.map(deployment, "spec.selector.matchLabels"));
            assertThat(Obj.at(deployment, "spec.replicas")).as("%s: the HPA owns replicas", service).isNull();

            var k8sService = Obj.forService(objects(), "Service", service).orElseThrow();
            assertThat(podLabels).as(service).containsAllEntriesOf(Obj.map(k8sService, "spec.selector"));
            assertThat(Obj.list(k8sService, "spec.ports")).singleElement().satisfies(port -> {
                assertThat(port).containsEntry("name", "http").containsEntry("port", 8080)
                        .containsEntry("targetPort", "http");
            });
            assertThat(Obj.list(Obj.container(deployment), "ports")).singleElement()
                    .satisfies(port -> assertThat(port).containsEntry("name", "http").containsEntry("containerPort", 8080));

            var hpa = Obj.forService(objects(), "HorizontalPodAutoscaler", service).orElseThrow();
            assertThat(hpa.get("apiVersion")).isEqualTo("autoscaling/v2");
            assertThat(Obj.str(hpa, "spec.scaleTargetRef.kind")).isEqualTo("Deployment");
            assertThat(Obj.str(hpa, "spec.scaleTargetRef.name")).isEqualTo(Obj.name(deployment));
            assertThat(Obj.at(hpa, "spec.minReplicas")).as(service).isEqualTo(minReplicas());
            assertThat(Obj.at(hpa, "spec.maxReplicas")).as(service).isEqualTo(maxReplicas());
            assertThat(Obj.list(hpa, "spec.metrics")).singleElement().satisfies(metric -> {
                assertThat(Obj.str(metric, "resource.name")).isEqualTo("cpu");
                assertThat(Obj.at(metric, "resource.target.averageUtilization")).isEqualTo(70);
            });

            var pdb = Obj.forService(objects(), "PodDisruptionBudget", service).orElseThrow();
            assertThat(Obj.at(pdb, "spec.maxUnavailable")).isEqualTo(1);
            assertThat(podLabels).containsAllEntriesOf(Obj.map(pdb, "spec.selector.matchLabels"));
        }
    }

    @Test
    void eachServiceHasProbesOnQuarkusHealthAndResources() {
        for (String service : WORKLOADS) {
            var container = Obj.container(deployment(service));
            assertThat(Obj.str(container, "startupProbe.httpGet.path")).isEqualTo("/q/health/started");
            assertThat(Obj.str(container, "livenessProbe.httpGet.path")).isEqualTo("/q/health/live");
            assertThat(Obj.str(container, "readinessProbe.httpGet.path")).isEqualTo("/q/health/ready");
            for (String probe : List.of("startupProbe", "livenessProbe", "readinessProbe")) {
                assertThat(Obj.str(container, probe + ".httpGet.port")).as(service + " " + probe).isEqualTo("http");
            }
            assertThat(Obj.map(container, "resources.requests")).as(service).containsKeys("cpu", "memory");
            assertThat(Obj.map(container, "resources.limits")).as(service).containsKey("memory");
        }
    }

    @Test
    void podsRunNonRootWithReadOnlyRootAndDrainBeforeStopping() {
        for (String service : WORKLOADS) {
            var deployment = deployment(service);
            var pod = Obj.podSpec(deployment);
            var container = Obj.container(deployment);
            assertThat(Obj.at(pod, "securityContext.runAsNonRoot")).as(service).isEqualTo(true);
            assertThat(Obj.at(container, "securityContext.readOnlyRootFilesystem")).as(service).isEqualTo(true);
            assertThat(Obj.at(container, "securityContext.allowPrivilegeEscalation")).as(service).isEqualTo(false);
            assertThat(Obj.list(container, "volumeMounts"))
                    .anySatisfy(mount -> assertThat(mount).containsEntry("mountPath", "/tmp").containsEntry("name", "tmp"));
            assertThat(Obj.list(pod, "volumes"))
                    .anySatisfy(volume -> assertThat(volume).containsEntry("name", "tmp").containsKey("emptyDir"));
            @SuppressWarnings("unchecked")
            List<String> preStop = (List<String>) Obj.at(container, "lifecycle.preStop.exec.command");
            assertThat(preStop).as(service).hasSize(2).startsWith("sleep");
            int pause = Integer.parseInt(preStop.get(1));
            // The pause plus quarkus.shutdown.timeout (10 s) must fit in the grace period.
            assertThat((Integer) pod.get("terminationGracePeriodSeconds")).as(service).isGreaterThanOrEqualTo(pause + 10);
            assertThat(Obj.at(deployment, "spec.strategy.rollingUpdate.maxUnavailable")).isEqualTo(0);
        }
    }

    @Test
    void everyImageIsPinnedAndNoneIsLatest() {
        List<Map<String, Object>> workloads = objects().stream()
                .filter(o -> Set.of("Deployment", "StatefulSet", "Pod", "Job", "DaemonSet").contains(Obj.kind(o)))
                .toList();
        for (var workload : workloads) {
            for (var container : Obj.list(Obj.podSpec(workload), "containers")) {
                String image = Obj.str(container, "image");
                String tag = image.substring(image.lastIndexOf('/') + 1);
                assertThat(tag).as(image).contains(":");
                assertThat(tag.substring(tag.indexOf(':') + 1)).as(image).isNotBlank().isNotEqualTo("latest");
            }
        }
        for (String service : WORKLOADS) {
            assertThat(Obj.str(Obj.container(deployment(service)), "image"))
                    .isEqualTo("ghcr.io/telegram-academy/" + service + ":0.1.0");
        }
    }

    @Test
    void eachServiceReadsTheSharedEnvironmentAndTheUserServiceAloneItsSecrets() {
        for (String service : SERVICES) {
            var env = envNames(Obj.container(deployment(service)));
            Set<String> expected = new HashSet<>(SHARED_ENV);
            if (service.equals("user-service")) {
                expected.addAll(USER_SERVICE_ONLY_ENV);
            }
            assertThat(env).as(service).containsAll(expected);
            if (!service.equals("user-service")) {
                assertThat(env).as(service).doesNotContainAnyElementsOf(USER_SERVICE_ONLY_ENV);
            }
        }
    }

    @Test
    void botTokenAndPrivateKeyReachUserServiceOnly() {
        Map<String, Set<String>> secretsByService = new LinkedHashMap<>();
        for (String service : SERVICES) {
            secretsByService.put(service, referencedSecrets(deployment(service)));
            assertThat(Obj.list(Obj.container(deployment(service)), "envFrom"))
                    .as("%s: secrets are referenced key by key, never whole", service)
                    .allSatisfy(source -> assertThat(source).doesNotContainKey("secretRef"));
        }
        Set<String> userSecrets = secretsByService.get("user-service");
        // The bot token comes from a Secret, the private key is a file of a Secret volume.
        var userContainer = Obj.container(deployment("user-service"));
        assertThat(envEntry(userContainer, "TELEGRAM_BOT_TOKEN")).extracting(e -> Obj.str(e, "valueFrom.secretKeyRef.key"))
                .isEqualTo("TELEGRAM_BOT_TOKEN");
        String keyLocation = Obj.str(envEntry(userContainer, "ACADEMY_JWT_PRIVATE_KEY"), "value");
        var keyVolume = Obj.list(Obj.podSpec(deployment("user-service")), "volumes").stream()
                .filter(v -> v.containsKey("secret")).findFirst().orElseThrow();
        var keyMount = Obj.list(userContainer, "volumeMounts").stream()
                .filter(m -> keyVolume.get("name").equals(m.get("name"))).findFirst().orElseThrow();
        assertThat(keyLocation).isEqualTo("file:" + keyMount.get("mountPath") + "/private-key.pem");

        for (String service : SERVICES) {
            if (!service.equals("user-service")) {
                assertThat(secretsByService.get(service)).as(service).doesNotContainAnyElementsOf(userSecrets);
            }
        }
        // Secrets rendered here (dev, chart with secrets.create) hold the keys for user-service only.
        Obj.ofKind(objects(), "Secret").forEach(secret -> {
            Set<String> keys = new HashSet<>(Obj.map(secret, "data").keySet());
            keys.addAll(Obj.map(secret, "stringData").keySet());
            if (keys.stream().anyMatch(USER_SERVICE_ONLY_KEYS::contains)) {
                assertThat(userSecrets).as("secret %s", Obj.name(secret)).contains(Obj.name(secret));
            }
        });
        // Every secret a service reads is its own: no two services share one.
        Set<String> seen = new HashSet<>();
        secretsByService.values().forEach(names -> names.forEach(name -> assertThat(seen.add(name)).as(name).isTrue()));
    }

    @Test
    void ingressRoutesEqualTheRouteTable() {
        var ingresses = Obj.ofKind(objects(), "Ingress").toList();
        assertThat(ingresses).hasSize(1);
        var rules = Obj.list(ingresses.get(0), "spec.rules");
        assertThat(rules).hasSize(1);
        List<Route> routes = new ArrayList<>();
        for (var path : Obj.list(rules.get(0), "http.paths")) {
            assertThat(path).containsEntry("pathType", "Prefix");
            String serviceName = Obj.str(path, "backend.service.name");
            var k8sService = Obj.named(objects(), "Service", serviceName)
                    .orElseThrow(() -> new AssertionError("ingress backend " + serviceName + " is no Service"));
            assertThat(Obj.str(path, "backend.service.port.name")).isEqualTo("http");
            routes.add(new Route(Obj.str(path, "path"), Obj.label(k8sService, "app.kubernetes.io/name")));
        }
        assertThat(routes).containsExactlyElementsOf(Route.table());
    }

    @Test
    void autoscalerMaximaRespectThePostgresConnectionBudget() {
        var config = Obj.ofKind(objects(), "ConfigMap").filter(c -> Obj.map(c, "data").containsKey("DB_POOL_SIZE"))
                .findFirst().orElseThrow();
        var annotations = Obj.map(config, "metadata.annotations");
        int maxConnections = Integer.parseInt(annotations.get("academy.telegram/postgres-max-connections").toString());
        int reserved = Integer.parseInt(annotations.get("academy.telegram/postgres-reserved-connections").toString());
        int poolSize = Integer.parseInt(Obj.str(config, "data.DB_POOL_SIZE"));
        int total = reserved;
        for (String service : SERVICES) {
            int surge = (Integer) Obj.at(deployment(service), "spec.strategy.rollingUpdate.maxSurge");
            int pods = (Integer) Obj.at(Obj.forService(objects(), "HorizontalPodAutoscaler", service).orElseThrow(),
                    "spec.maxReplicas");
            total += (pods + surge) * (poolSize + 2);
        }
        assertThat(total).as("connections the services may open").isLessThanOrEqualTo(maxConnections);
        Obj.ofKind(objects(), "StatefulSet").filter(s -> Obj.name(s).endsWith("postgresql")).forEach(postgres ->
                assertThat(Obj.at(Obj.container(postgres), "args")).as("the in-cluster server's max_connections")
                        .asList().contains("max_connections=" + maxConnections));
    }

    @Test
    void onlyTheIngressControllerAndPrometheusReachTheServices() {
        var policies = Obj.ofKind(objects(), "NetworkPolicy").toList();
        var inbound = policies.stream().filter(p -> Obj.name(p).endsWith("api-ingress")).findFirst().orElseThrow();
        var from = Obj.list(Obj.list(inbound, "spec.ingress").get(0), "from");
        Set<String> namespaces = from.stream().map(f -> Obj.str(f, "namespaceSelector.matchLabels"))
                .filter(n -> n != null).collect(Collectors.toSet());
        assertThat(namespaces).containsExactlyInAnyOrder("{kubernetes.io/metadata.name=ingress-nginx}",
                "{kubernetes.io/metadata.name=monitoring}");
        assertThat(from).allSatisfy(peer -> assertThat(peer).doesNotContainKey("ipBlock"));

        var outbound = policies.stream().filter(p -> Obj.name(p).endsWith("api-egress")).findFirst().orElseThrow();
        Set<Object> ports = Obj.list(outbound, "spec.egress").stream()
                .flatMap(rule -> Obj.list(rule, "ports").stream()).map(port -> port.get("port")).collect(Collectors.toSet());
        assertThat(ports).containsExactlyInAnyOrder(53, 5432, 6379);
        assertThat(Obj.list(outbound, "spec.egress")).allSatisfy(rule -> assertThat(Obj.list(rule, "to")).isNotEmpty());
        for (String service : SERVICES) {
            var labels = Obj.map(deployment(service), "spec.template.metadata.labels");
            assertThat(labels).containsAllEntriesOf(Obj.map(inbound, "spec.podSelector.matchLabels"));
            assertThat(labels).containsAllEntriesOf(Obj.map(outbound, "spec.podSelector.matchLabels"));
        }
    }

    /** Egress to the data stores goes to their pods or their CIDR, never to every address. */
    @Test
    void noPolicyOpensEgressToTheWholeInternet() {
        Obj.ofKind(objects(), "NetworkPolicy").forEach(policy -> Obj.list(policy, "spec.egress").forEach(rule ->
                assertThat(Obj.list(rule, "to")).as(Obj.name(policy))
                        .noneMatch(peer -> "0.0.0.0/0".equals(Obj.str(peer, "ipBlock.cidr")))));
    }

    /** Each service's pods spread over zones and nodes, as a preference, with a selector that matches them. */
    @Test
    void podsSpreadOverZonesAndNodes() {
        for (String service : WORKLOADS) {
            var deployment = deployment(service);
            var labels = Obj.map(deployment, "spec.template.metadata.labels");
            var constraints = Obj.list(Obj.podSpec(deployment), "topologySpreadConstraints");
            assertThat(constraints).as(service).extracting(c -> Obj.str(c, "topologyKey"))
                    .containsExactly("topology.kubernetes.io/zone", "kubernetes.io/hostname");
            assertThat(constraints).allSatisfy(c -> {
                assertThat(Obj.str(c, "whenUnsatisfiable")).isEqualTo("ScheduleAnyway");
                assertThat(labels).containsAllEntriesOf(Obj.map(c, "labelSelector.matchLabels"));
                assertThat(Obj.map(c, "labelSelector.matchLabels")).containsEntry("app.kubernetes.io/name", service);
            });
            var account = Obj.named(objects(), "ServiceAccount", Obj.str(Obj.podSpec(deployment), "serviceAccountName"));
            assertThat(account).as("%s runs as its own ServiceAccount", service).isPresent();
            assertThat(account.get().get("automountServiceAccountToken")).isEqualTo(false);
        }
    }

    /** The Mini App's POSTs carry https://<ingress host>: every service must admit that origin (else 403). */
    @Test
    void everyServiceAdmitsTheMiniAppsOrigin() {
        var ingress = Obj.ofKind(objects(), "Ingress").findFirst().orElseThrow();
        String host = Obj.str(Obj.list(ingress, "spec.rules").get(0), "host");
        var config = Obj.ofKind(objects(), "ConfigMap").filter(c -> Obj.map(c, "data").containsKey("DB_POOL_SIZE"))
                .findFirst().orElseThrow();
        assertThat(List.of(Obj.str(config, "data.ACADEMY_CORS_ORIGINS").split(",")))
                .as("ACADEMY_CORS_ORIGINS of %s", Obj.name(config)).contains("https://" + host);
        for (String service : SERVICES) {
            var entry = envEntry(Obj.container(deployment(service)), "ACADEMY_CORS_ORIGINS");
            assertThat(Obj.str(entry, "valueFrom.configMapKeyRef.name")).as(service).isEqualTo(Obj.name(config));
            assertThat(Obj.str(entry, "valueFrom.configMapKeyRef.key")).as(service).isEqualTo("ACADEMY_CORS_ORIGINS");
        }
    }

    @Test
    void theMiniAppReadsNoSecretNoDataStoreAndReachesNothing() {
        var deployment = deployment(MINI_APP);
        var container = Obj.container(deployment);
        assertThat(referencedSecrets(deployment)).isEmpty();
        assertThat(envNames(container)).doesNotContainAnyElementsOf(SHARED_ENV).doesNotContainAnyElementsOf(USER_SERVICE_ONLY_ENV);
        assertThat(Obj.list(Obj.podSpec(deployment), "volumes")).allSatisfy(volume -> assertThat(volume).containsOnlyKeys("name", "emptyDir"));
        var labels = Obj.map(deployment, "spec.template.metadata.labels");
        assertThat(labels).containsEntry("app.kubernetes.io/component", "web");

        var policies = Obj.ofKind(objects(), "NetworkPolicy").toList();
        var own = policies.stream().filter(p -> labels.entrySet().containsAll(Obj.map(p, "spec.podSelector.matchLabels").entrySet()))
                .toList();
        assertThat(own).as("the policies that select the Mini App's pods").singleElement().satisfies(policy -> {
            assertThat(Obj.at(policy, "spec.policyTypes")).asList().containsExactlyInAnyOrder("Ingress", "Egress");
            assertThat(Obj.list(policy, "spec.egress")).as("it calls nothing").isEmpty();
            var from = Obj.list(Obj.list(policy, "spec.ingress").get(0), "from");
            assertThat(from.stream().map(f -> Obj.str(f, "namespaceSelector.matchLabels")).filter(n -> n != null).toList())
                    .containsExactlyInAnyOrder("{kubernetes.io/metadata.name=ingress-nginx}",
                            "{kubernetes.io/metadata.name=monitoring}");
            assertThat(from).allSatisfy(peer -> assertThat(peer).doesNotContainKey("ipBlock"));
        });
        var routes = Obj.list(Obj.list(Obj.ofKind(objects(), "Ingress").findFirst().orElseThrow(), "spec.rules").get(0), "http.paths");
        assertThat(routes.get(routes.size() - 1)).as("the catch-all route, last").satisfies(path -> {
            assertThat(Obj.str(path, "path")).isEqualTo("/");
            assertThat(Obj.str(path, "backend.service.name")).isEqualTo(Obj.name(Obj.forService(objects(), "Service", MINI_APP).orElseThrow()));
        });
        if (monitoring()) {
            HandChecks.serviceMonitor(Obj.forService(objects(), "ServiceMonitor", MINI_APP)
                    .orElseThrow(() -> new AssertionError("no ServiceMonitor for the Mini App")));
        }
    }

    @Test
    void serviceMonitorsScrapeEveryServiceChecked() {
        var monitors = Obj.ofKind(objects(), "ServiceMonitor").toList();
        if (!monitoring()) {
            assertThat(monitors).isEmpty();
            return;
        }
        for (String service : SERVICES) {
            var monitor = Obj.forService(objects(), "ServiceMonitor", service)
                    .orElseThrow(() -> new AssertionError("no ServiceMonitor for " + service));
            HandChecks.serviceMonitor(monitor);
            var k8sService = Obj.forService(objects(), "Service", service).orElseThrow();
            assertThat(Obj.map(k8sService, "metadata.labels"))
                    .containsAllEntriesOf(Obj.map(monitor, "spec.selector.matchLabels"));
        }
    }

    @Test
    void prometheusRuleCarriesThePlatformAlerts() {
        var rules = Obj.ofKind(objects(), "PrometheusRule").toList();
        if (!monitoring()) {
            assertThat(rules).isEmpty();
            return;
        }
        assertThat(rules).hasSize(1);
        HandChecks.prometheusRule(rules.get(0));
        var alerts = Obj.list(rules.get(0), "spec.groups").stream().flatMap(g -> Obj.list(g, "rules").stream())
                .collect(Collectors.toMap(r -> Obj.str(r, "alert"), r -> r));
        assertThat(alerts.keySet()).containsExactlyInAnyOrderElementsOf(ALERTS);
        assertThat(Obj.str(alerts.get("HighEventProcessingLag"), "expr")).contains("event_processing_lag_seconds").endsWith("> 30");
        assertThat(Obj.str(alerts.get("HighEventProcessingLag"), "for")).isEqualTo("2m");
        assertThat(Obj.str(alerts.get("DatabaseConnectionPoolExhausted"), "expr")).contains("sql_pool_queue_size", "avg_over_time");
        assertThat(Obj.str(alerts.get("SlowCommands"), "expr").strip()).endsWith("> 0.1");
        // Absolute links: they work from Alertmanager, a chat or a pager.
        alerts.values().forEach(alert -> assertThat(Obj.str(alert, "annotations.runbook_url"))
                .as(Obj.str(alert, "alert")).matches("https://[^ ]+#" + Obj.str(alert, "alert").toLowerCase()));
    }

    @Test
    void dashboardsAreConfigMapsWithStableUidsAndADatasourceVariable() throws Exception {
        var dashboards = Obj.ofKind(objects(), "ConfigMap").filter(c -> "1".equals(Obj.label(c, "grafana_dashboard"))).toList();
        Set<String> uids = new HashSet<>();
        for (var configMap : dashboards) {
            var data = Obj.map(configMap, "data");
            assertThat(data).hasSize(1);
            var json = new ObjectMapper().readTree(data.values().iterator().next().toString());
            uids.add(json.get("uid").asText());
            assertThat(json.at("/templating/list/0/name").asText()).isEqualTo("datasource");
            assertThat(json.at("/templating/list/0/type").asText()).isEqualTo("datasource");
            json.get("panels").forEach(panel -> panel.get("targets").forEach(target ->
                    assertThat(target.at("/datasource/uid").asText()).isEqualTo("${datasource}")));
        }
        assertThat(uids).containsExactlyInAnyOrder("academy-platform-overview", "academy-learning");
    }

    static Set<String> envNames(Map<String, Object> container) {
        return Obj.list(container, "env").stream().map(e -> Obj.str(e, "name")).collect(Collectors.toSet());
    }

    static Map<String, Object> envEntry(Map<String, Object> container, String name) {
        return Obj.list(container, "env").stream().filter(e -> name.equals(e.get("name"))).findFirst()
                .orElseThrow(() -> new AssertionError("no env " + name));
    }

    static Set<String> referencedSecrets(Map<String, Object> workload) {
        Set<String> names = new HashSet<>();
        var pod = Obj.podSpec(workload);
        for (var container : Obj.list(pod, "containers")) {
            Obj.list(container, "env").forEach(e -> {
                String name = Obj.str(e, "valueFrom.secretKeyRef.name");
                if (name != null) {
                    names.add(name);
                }
            });
            Obj.list(container, "envFrom").forEach(e -> {
                String name = Obj.str(e, "secretRef.name");
                if (name != null) {
                    names.add(name);
                }
            });
        }
        Obj.list(pod, "volumes").forEach(v -> {
            String name = Obj.str(v, "secret.secretName");
            if (name != null) {
                names.add(name);
            }
        });
        return names;
    }
}
