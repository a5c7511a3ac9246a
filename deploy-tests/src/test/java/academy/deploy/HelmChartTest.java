package academy.deploy;

import static academy.deploy.Obj.SERVICES;
import static academy.deploy.Obj.WORKLOADS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.marcnuri.helm.Helm;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The chart beyond the shared checks: lint, its guards, its switches, its test pods. */
class HelmChartTest {

    /** Lints the chart with the values an operator gives (helm lint takes no values file here: a copy of the chart carries them). */
    @Test
    void chartLintsStrictlyWithTheOperatorsValues() throws Exception {
        Path copy = Files.createTempDirectory("academy-chart-lint").resolve("telegram-academy");
        try (Stream<Path> files = Files.walk(Manifests.CHART)) {
            for (Path file : files.toList()) {
                Path target = copy.resolve(Manifests.CHART.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(file, target);
                }
            }
        }
        Files.writeString(copy.resolve("values.yaml"), "\n" + Files.readString(OperatorValues.file()), StandardOpenOption.APPEND);
        var lint = new Helm(copy).lint().strict().call();
        assertThat(lint.isFailed()).as(String.join("\n", lint.getMessages())).isFalse();
        assertThat(lint.getMessages()).noneMatch(m -> m.contains("[ERROR]") || m.contains("[WARNING]"));
    }

    /** Defect: the dev install wrote an empty private key and user-service crash-looped. Now it names what to set. */
    @Test
    void aMissingKeyTokenOrPasswordFailsTheRenderWithWhatToSet() {
        assertThatThrownBy(() -> Manifests.helmTemplateWithout("values-dev.yaml", Map.of(), true))
                .hasMessageContaining("is required");
        Map<String, Object> given = Map.of("jwt.publicKeys", "{\"keys\": []}", "postgresql.auth.password", "pw");
        assertThatThrownBy(() -> Manifests.helmTemplateWithout("values-dev.yaml", given, true))
                .hasMessageContaining("jwt.privateKey is required").hasMessageContaining("openssl genpkey");
        assertThatThrownBy(() -> Manifests.helmTemplateWithout("values-dev.yaml", Map.of("jwt.privateKey", "not a key",
                "jwt.publicKeys", "x", "postgresql.auth.password", "pw"), true))
                .hasMessageContaining("PKCS#8 PEM");
        assertThatThrownBy(() -> Manifests.helmTemplateWithout(null, Map.of("jwt.privateKey", OperatorValues.privateKeyPem(),
                "jwt.publicKeys", "x", "postgresql.auth.password", "pw"), true))
                .hasMessageContaining("secrets.telegramBotToken is required");
        assertThatThrownBy(() -> Manifests.helmTemplateWithout("values-dev.yaml", Map.of("jwt.privateKey", OperatorValues.privateKeyPem(),
                "jwt.publicKeys", "x"), true))
                .hasMessageContaining("postgresql.auth.password is required");
        assertThatThrownBy(() -> Manifests.helmTemplateWithout("values-prod.yaml", Map.of(), true))
                .hasMessageContaining("jwt.publicKeys is required");
        // The chart's in-chart PostgreSQL never falls back to a password everybody knows.
        assertThat(Manifests.read(Manifests.CHART.resolve("values.yaml"))).doesNotContain("academy-dev");
    }

    /** What the chart README's dev command renders: a usable key pair, a token and a password, never an empty one. */
    @Test
    void theDevInstallRendersSecretsUserServiceCanStartWith() throws Exception {
        var objects = Manifests.helm("values-dev.yaml");
        var jwt = Obj.named(objects, "Secret", "academy-user-service-jwt").orElseThrow();
        String pem = String.valueOf(Obj.map(jwt, "stringData").get("private-key.pem"));
        var der = java.util.Base64.getMimeDecoder().decode(pem.replaceAll("-----[A-Z ]+-----", ""));
        var key = java.security.KeyFactory.getInstance("RSA").generatePrivate(new java.security.spec.PKCS8EncodedKeySpec(der));
        assertThat(key.getAlgorithm()).isEqualTo("RSA");
        var secrets = Obj.named(objects, "Secret", "academy-user-service-secrets").orElseThrow();
        assertThat(Obj.str(secrets, "stringData.TELEGRAM_BOT_TOKEN")).isNotBlank();
        var keys = Obj.named(objects, "ConfigMap", "academy-jwt-public-keys").orElseThrow();
        assertThat(String.valueOf(Obj.map(keys, "data").get("jwks.json"))).contains("BEGIN PUBLIC KEY");
        var credentials = Obj.named(objects, "Secret", "academy-postgresql-credentials").orElseThrow();
        assertThat(Obj.str(credentials, "stringData.POSTGRES_PASSWORD")).isEqualTo(OperatorValues.POSTGRES_PASSWORD);
        assertThat(Obj.str(secrets, "stringData.DATABASE_URL")).contains(":" + OperatorValues.POSTGRES_PASSWORD + "@");
    }

    /**
     * The chart README's dev command, flag by flag: its --set-file and --set values (files made as
     * the README's openssl lines make them) are all a dev install needs.
     */
    @Test
    void theReadmesDevCommandRendersEverythingItNeeds() throws Exception {
        String readme = Manifests.read(Manifests.CHART.resolve("README.md"));
        int start = readme.indexOf("helm install academy helm/telegram-academy -n academy-dev");
        assertThat(start).as("the README's dev install command").isNotNegative();
        String command = readme.substring(start, readme.indexOf("\n\n", start)).replace("\\\n", " ");
        assertThat(command).contains("-f helm/telegram-academy/values-dev.yaml");
        Map<String, Object> sets = new java.util.HashMap<>();
        var flag = java.util.regex.Pattern.compile("--set(-file)? ([a-zA-Z.]+)=(\\S+)").matcher(command);
        while (flag.find()) {
            String value = flag.group(3);
            if (flag.group(1) != null) {
                value = switch (value) {
                    case "private-key.pem" -> OperatorValues.privateKeyPem();
                    case "public-key.pem" -> OperatorValues.publicKeyPem();
                    default -> throw new AssertionError("the README reads a file the test cannot make: " + value);
                };
            } else if (value.startsWith("$(openssl")) {
                value = "0123456789abcdef0123456789abcdef";
            }
            sets.put(flag.group(2), value);
        }
        assertThat(sets).containsKeys("jwt.privateKey", "jwt.publicKeys", "postgresql.auth.password");
        var objects = Manifests.parse(Manifests.helmTemplateWithout("values-dev.yaml", sets, true));
        assertThat(Obj.ofKind(objects, "Deployment")).hasSize(WORKLOADS.size());
        assertThat(String.valueOf(Obj.map(Obj.named(objects, "Secret", "academy-user-service-jwt").orElseThrow(), "stringData")
                .get("private-key.pem"))).contains("BEGIN PRIVATE KEY");
        // The prod command adds the operator's values file; with the public key alone it renders.
        assertThat(Manifests.helmTemplateWithout("values-prod.yaml", Map.of("jwt.publicKeys", OperatorValues.publicKeyPem()), true))
                .contains("kind: Deployment");
    }

    @Test
    void podsRollWhenTheirSecretOrConfigChanges() {
        var before = Manifests.parse(Manifests.helmTemplate("values-dev.yaml", Map.of()));
        var token = Manifests.parse(Manifests.helmTemplate("values-dev.yaml", Map.of("secrets.telegramBotToken", "42:other")));
        var config = Manifests.parse(Manifests.helmTemplate("values-dev.yaml", Map.of("config.dbPoolSize", 4)));
        assertThat(checksum(token, "user-service", "secret")).isNotEqualTo(checksum(before, "user-service", "secret"));
        // The bot token is user-service's alone: the other pods do not roll for it.
        assertThat(checksum(token, "course-service", "secret")).isEqualTo(checksum(before, "course-service", "secret"));
        assertThat(checksum(config, "course-service", "config")).isNotEqualTo(checksum(before, "course-service", "config"));
        // The Mini App reads only the QUARKUS_* overrides: it rolls when they change, never for a secret.
        var overrides = Manifests.parse(Manifests.helmTemplate("values-dev.yaml", Map.of("config.quarkusOverrides.QUARKUS_LOG_LEVEL", "DEBUG")));
        var own = Manifests.parse(Manifests.helmTemplate("values-dev.yaml", Map.of("miniApp.quarkusOverrides.QUARKUS_LOG_LEVEL", "DEBUG")));
        assertThat(checksum(overrides, "mini-app", "config")).isNotEqualTo(checksum(before, "mini-app", "config"));
        assertThat(checksum(own, "mini-app", "overrides")).isNotEqualTo(checksum(before, "mini-app", "overrides"));
        assertThat(checksum(token, "mini-app", "config")).isEqualTo(checksum(before, "mini-app", "config"));
    }

    private static String checksum(List<Map<String, Object>> objects, String service, String what) {
        var deployment = Obj.forService(objects, "Deployment", service).orElseThrow();
        return String.valueOf(Obj.map(deployment, "spec.template.metadata.annotations").get("checksum/" + what));
    }

    /** Third-party validation needs the bot id and no bot token; the default keeps the HMAC path. */
    @Test
    void telegramValidationByPublicKeyNeedsTheBotIdAndNoToken() {
        var byToken = Manifests.parse(Manifests.helmTemplate("values-dev.yaml", Map.of()));
        var userByToken = Obj.container(Obj.forService(byToken, "Deployment", "user-service").orElseThrow());
        assertThat(envNames(userByToken)).contains("TELEGRAM_BOT_TOKEN").doesNotContain("TELEGRAM_INIT_DATA_VALIDATION");

        assertThatThrownBy(() -> Manifests.helmTemplate("values-dev.yaml", Map.of("telegram.validation", "public-key")))
                .hasMessageContaining("telegram.botId is required");
        var byKey = Manifests.parse(Manifests.helmTemplate(null, Map.of("telegram.validation", "public-key",
                "telegram.botId", "7342037359", "telegram.environment", "test", "secrets.telegramBotToken", "")));
        var userByKey = Obj.container(Obj.forService(byKey, "Deployment", "user-service").orElseThrow());
        assertThat(envNames(userByKey)).contains("TELEGRAM_INIT_DATA_VALIDATION", "TELEGRAM_BOT_ID", "TELEGRAM_ENVIRONMENT")
                .doesNotContain("TELEGRAM_BOT_TOKEN");
        assertThat(Obj.map(Obj.named(byKey, "Secret", "academy-user-service-secrets").orElseThrow(), "stringData"))
                .doesNotContainKey("TELEGRAM_BOT_TOKEN");
        assertThatThrownBy(() -> Manifests.helmTemplate(null, Map.of("telegram.validation", "ed25519")))
                .hasMessageContaining("validation");
    }

    /** The leaderboard labels' key is projector-service's own secret, never the image's public default. */
    @Test
    void theDisplayNameKeyIsASecretOfTheProjectorAlone() {
        var derived = Manifests.parse(Manifests.helmTemplate("values-dev.yaml", Map.of()));
        var projectorSecret = Obj.map(Obj.named(derived, "Secret", "academy-projector-service-secrets").orElseThrow(), "stringData");
        assertThat(String.valueOf(projectorSecret.get("ACADEMY_DISPLAY_NAME_KEY"))).hasSize(64)
                .doesNotContain("telegram-academy-display-names");
        for (String service : SERVICES) {
            var secret = Obj.map(Obj.named(derived, "Secret", "academy-" + service + "-secrets").orElseThrow(), "stringData");
            assertThat(secret.containsKey("ACADEMY_DISPLAY_NAME_KEY")).as(service).isEqualTo(service.equals("projector-service"));
        }
        var projector = Obj.container(Obj.forService(derived, "Deployment", "projector-service").orElseThrow());
        assertThat(envNames(projector)).contains("ACADEMY_DISPLAY_NAME_KEY");

        var set = Manifests.parse(Manifests.helmTemplate("values-dev.yaml", Map.of("secrets.displayNameKey", "k-of-my-own")));
        assertThat(Obj.str(Obj.named(set, "Secret", "academy-projector-service-secrets").orElseThrow(),
                "stringData.ACADEMY_DISPLAY_NAME_KEY")).isEqualTo("k-of-my-own");
        assertThat(checksum(set, "projector-service", "secret")).isNotEqualTo(checksum(derived, "projector-service", "secret"));
        assertThat(checksum(set, "course-service", "secret")).isEqualTo(checksum(derived, "course-service", "secret"));
    }

    private static List<String> envNames(Map<String, Object> container) {
        return Obj.list(container, "env").stream().map(e -> Obj.str(e, "name")).toList();
    }

    @Test
    void existingSecretsReplaceTheChartsOwn() {
        var objects = Manifests.parse(Manifests.helmTemplate(null, Map.of("services.course-service.existingSecret", "course-db",
                "jwt.existingSecret", "signing-key")));
        assertThat(Obj.named(objects, "Secret", "academy-course-service-secrets")).isEmpty();
        assertThat(Obj.named(objects, "Secret", "academy-user-service-jwt")).isEmpty();
        assertThat(DeploymentChecks.referencedSecrets(Obj.forService(objects, "Deployment", "course-service").orElseThrow()))
                .containsExactly("course-db");
        assertThat(DeploymentChecks.referencedSecrets(Obj.forService(objects, "Deployment", "user-service").orElseThrow()))
                .contains("signing-key", "academy-user-service-secrets");
    }

    @Test
    void productionKnobsReachThePods() {
        var objects = Manifests.parse(Manifests.helmTemplate(null, Map.ofEntries(
                Map.entry("serviceDefaults.serviceAccount.annotations.eks\\.amazonaws\\.com/role-arn", "arn:aws:iam::1:role/academy"),
                Map.entry("serviceDefaults.priorityClassName", "academy-critical"),
                Map.entry("serviceDefaults.podSecurityContext.runAsUser", "null"),
                Map.entry("serviceDefaults.extraEnv[0].name", "JAVA_TOOL_OPTIONS"),
                Map.entry("serviceDefaults.extraEnv[0].value", "-XX:+ExitOnOutOfMemoryError"),
                Map.entry("serviceDefaults.extraVolumes[0].name", "ca"),
                Map.entry("serviceDefaults.extraVolumes[0].configMap.name", "corporate-ca"),
                Map.entry("serviceDefaults.extraVolumeMounts[0].name", "ca"),
                Map.entry("serviceDefaults.extraVolumeMounts[0].mountPath", "/etc/ssl/corporate"),
                Map.entry("services.learning-service.image.digest", "sha256:" + "a".repeat(64)),
                Map.entry("image.registry", "registry.example.org/academy"))));
        for (String service : WORKLOADS) {
            var deployment = Obj.forService(objects, "Deployment", service).orElseThrow();
            var pod = Obj.podSpec(deployment);
            var account = Obj.named(objects, "ServiceAccount", Obj.str(pod, "serviceAccountName")).orElseThrow();
            assertThat(Obj.map(account, "metadata.annotations")).containsEntry("eks.amazonaws.com/role-arn", "arn:aws:iam::1:role/academy");
            assertThat(account.get("automountServiceAccountToken")).isEqualTo(false);
            assertThat(pod.get("priorityClassName")).isEqualTo("academy-critical");
            assertThat(Obj.map(pod, "securityContext")).doesNotContainKey("runAsUser").containsEntry("runAsNonRoot", true);
            var container = Obj.container(deployment);
            assertThat(DeploymentChecks.envEntry(container, "JAVA_TOOL_OPTIONS")).containsEntry("value", "-XX:+ExitOnOutOfMemoryError");
            assertThat(Obj.list(container, "volumeMounts")).anySatisfy(m -> assertThat(m).containsEntry("mountPath", "/etc/ssl/corporate"));
            assertThat(Obj.list(pod, "volumes")).anySatisfy(v -> assertThat(Obj.str(v, "configMap.name")).isEqualTo("corporate-ca"));
            assertThat(Obj.list(pod, "topologySpreadConstraints")).extracting(c -> Obj.str(c, "topologyKey"))
                    .containsExactly("topology.kubernetes.io/zone", "kubernetes.io/hostname");
            String image = Obj.str(container, "image");
            assertThat(image).startsWith("registry.example.org/academy/" + service);
            assertThat(image).isEqualTo(service.equals("learning-service")
                    ? "registry.example.org/academy/learning-service@sha256:" + "a".repeat(64)
                    : "registry.example.org/academy/" + service + ":0.1.0");
        }
        assertThatThrownBy(() -> Manifests.helmTemplate(null, Map.of("services.learning-service.image.digest", "latest")))
                .hasMessageContaining("digest");
        var external = Manifests.parse(Manifests.helmTemplate(null, Map.of("serviceDefaults.serviceAccount.create", false,
                "serviceDefaults.serviceAccount.name", "academy-runtime")));
        assertThat(Obj.ofKind(external, "ServiceAccount")).isEmpty();
        assertThat(Obj.str(Obj.podSpec(Obj.forService(external, "Deployment", "user-service").orElseThrow()), "serviceAccountName"))
                .isEqualTo("academy-runtime");
    }

    /** Defect: egress to 5432/6379 was open to 0.0.0.0/0 unless the operator narrowed it. */
    @Test
    void externalDataStoresNeedTheirCidrAndEgressNeverGoesToTheWholeInternet() {
        assertThatThrownBy(() -> Manifests.helmTemplate(null, Map.of("redis.enabled", false, "secrets.redisUrl", "redis://r:6379")))
                .hasMessageContaining("networkPolicy.dataStoreCidr is required");
        for (var values : java.util.Arrays.asList(null, "values-dev.yaml", "values-prod.yaml")) {
            var objects = Manifests.parse(Manifests.helmTemplate(values, Map.of()));
            Obj.ofKind(objects, "NetworkPolicy").forEach(policy -> Obj.list(policy, "spec.egress").forEach(rule ->
                    assertThat(Obj.list(rule, "to")).as(Obj.name(policy)).noneMatch(peer -> "0.0.0.0/0".equals(Obj.str(peer, "ipBlock.cidr")))));
        }
    }

    @Test
    void runbookLinksFollowTheConfiguredBaseUrl() {
        var objects = Manifests.parse(Manifests.helmTemplate("values-prod.yaml",
                Map.of("monitoring.prometheusRule.runbookBaseUrl", "https://wiki.example.org/academy/operations")));
        var rule = Obj.ofKind(objects, "PrometheusRule").findFirst().orElseThrow();
        Obj.list(rule, "spec.groups").forEach(g -> Obj.list(g, "rules").forEach(alert ->
                assertThat(Obj.str(alert, "annotations.runbook_url"))
                        .isEqualTo("https://wiki.example.org/academy/operations#" + Obj.str(alert, "alert").toLowerCase())));
    }

    @Test
    void theBackupJobDumpsWithTheSharedScriptAndOnlyReachesPostgres() {
        var objects = Manifests.helm("values-prod.yaml");
        var job = Obj.ofKind(objects, "CronJob").findFirst().orElseThrow();
        var pod = Obj.map(job, "spec.jobTemplate.spec.template.spec");
        var container = Obj.list(pod, "containers").get(0);
        assertThat(Obj.at(container, "command")).asList().containsExactly("/bin/sh", "/scripts/backup.sh");
        assertThat(Obj.str(DeploymentChecks.envEntry(container, "DATABASE_URL"), "valueFrom.secretKeyRef.name"))
                .isEqualTo("academy-backup-secrets");
        assertThat(Obj.str(job, "spec.concurrencyPolicy")).isEqualTo("Forbid");
        var script = Obj.named(objects, "ConfigMap", "academy-backup-script").orElseThrow();
        assertThat(String.valueOf(Obj.map(script, "data").get("backup.sh"))).isEqualTo(Manifests.read(Manifests.CHART.resolve("files/backup.sh")).stripTrailing());
        assertThat(Manifests.read(Manifests.K8S.resolve("components/backup/backup.sh")))
                .isEqualTo(Manifests.read(Manifests.CHART.resolve("files/backup.sh")));
        var policy = Obj.named(objects, "NetworkPolicy", "academy-backup").orElseThrow();
        assertThat(Obj.list(policy, "spec.egress")).flatExtracting(rule -> Obj.list(rule, "ports"))
                .extracting(port -> port.get("port")).containsOnly(53, 5432);
        assertThat(ModelValidation.problems(job)).isEmpty();
    }

    @Test
    void testPodsCallEachServiceHealthEndpoint() {
        var objects = Manifests.parse(Manifests.helmTemplate(null, Map.of("tests.hook", false)));
        var pods = Obj.ofKind(objects, "Pod").toList();
        assertThat(pods).hasSize(WORKLOADS.size());
        for (String service : WORKLOADS) {
            var pod = pods.stream().filter(p -> (service + "-test").equals(Obj.label(p, "app.kubernetes.io/name")))
                    .findFirst().orElseThrow();
            assertThat(ModelValidation.problems(pod)).isEmpty();
            assertThat(Obj.str(pod, "spec.restartPolicy")).isEqualTo("Never");
            assertThat(Obj.at(Obj.container(pod), "args")).asList()
                    .contains("--fail", "http://" + Manifests.RELEASE + "-" + service + ":8080/health");
            assertThat(Obj.at(pod, "spec.securityContext.runAsNonRoot")).isEqualTo(true);
        }
        // The network policy lets the test pods in.
        var inbound = Obj.ofKind(objects, "NetworkPolicy").filter(p -> Obj.name(p).endsWith("api-ingress")).findFirst().orElseThrow();
        assertThat(Obj.list(Obj.list(inbound, "spec.ingress").get(0), "from"))
                .anySatisfy(peer -> assertThat(Obj.map(peer, "podSelector.matchLabels"))
                        .containsEntry("app.kubernetes.io/component", "helm-test"));
    }

    @Test
    void theChartRefusesTheLatestTag() {
        assertThatThrownBy(() -> Manifests.helmTemplate(null, Map.of("image.tag", "latest")))
                .hasMessageContaining("latest: pin the project version");
        assertThatThrownBy(() -> Manifests.helmTemplate(null, Map.of("services.course-service.image.tag", "latest")))
                .hasMessageContaining("course-service");
    }

    @Test
    void aMisspelledValueIsRefusedByTheSchema() {
        assertThatThrownBy(() -> Manifests.helmTemplate(null, Map.of("serviceDefaults.autoscalling.enabled", false)))
                .hasMessageContaining("autoscalling");
        assertThatThrownBy(() -> Manifests.helmTemplate(null, Map.of("services.billing-service.enabled", true)))
                .hasMessageContaining("billing-service");
    }

    @Test
    void theChartRefusesAutoscalingBeyondTheConnectionBudget() {
        // values-prod: 5 x (50 + 1) x (4 + 2) + 30 = 1560 connections.
        assertThatThrownBy(() -> Manifests.helmTemplate("values-prod.yaml", Map.of("connectionBudget.maxConnections", 1559)))
                .hasMessageContaining("connection budget exceeded: the services may open 1560");
        assertThat(Manifests.helmTemplate("values-prod.yaml", Map.of("connectionBudget.maxConnections", 1560))).isNotBlank();
    }

    @Test
    void anExternalDatabaseNeedsItsUrlWhenTheChartWritesTheSecrets() {
        assertThatThrownBy(() -> Manifests.helmTemplate(null, Map.of("postgresql.enabled", false,
                "networkPolicy.dataStoreCidr", "10.20.0.0/16")))
                .hasMessageContaining("secrets.databaseUrl is required");
        var objects = Manifests.parse(Manifests.helmTemplate(null, Map.of("postgresql.enabled", false,
                "networkPolicy.dataStoreCidr", "10.20.0.0/16",
                "secrets.databaseUrl", "postgresql://academy:pw@db.internal:5432/academy")));
        assertThat(Obj.ofKind(objects, "StatefulSet").map(Obj::name)).containsExactly("academy-redis");
        var secret = Obj.named(objects, "Secret", "academy-course-service-secrets").orElseThrow();
        assertThat(Obj.str(secret, "stringData.DATABASE_URL")).isEqualTo("postgresql://academy:pw@db.internal:5432/academy");
        assertThat(Obj.map(secret, "stringData")).containsOnlyKeys("DATABASE_URL", "REDIS_URL");
    }

    @Test
    void tracingIsOffByDefaultAndTheValuesTurnItOnForEveryService() {
        var defaults = Obj.named(Manifests.helm(null), "ConfigMap", "academy-config").orElseThrow();
        assertThat(Obj.str(defaults, "data.OTEL_SDK_DISABLED")).isEqualTo("true");
        var objects = Manifests.parse(Manifests.helmTemplate(null, Map.of(
                "tracing.enabled", true, "tracing.otlpEndpoint", "http://otel-collector.monitoring:4317")));
        var config = Obj.named(objects, "ConfigMap", "academy-config").orElseThrow();
        assertThat(Obj.str(config, "data.OTEL_SDK_DISABLED")).isEqualTo("false");
        assertThat(Obj.str(config, "data.OTEL_EXPORTER_OTLP_ENDPOINT")).isEqualTo("http://otel-collector.monitoring:4317");
        for (String service : SERVICES) {
            var container = Obj.container(Obj.forService(objects, "Deployment", service).orElseThrow());
            for (String name : List.of("OTEL_SDK_DISABLED", "OTEL_EXPORTER_OTLP_ENDPOINT")) {
                assertThat(SourcesAgreeTest.source(DeploymentChecks.envEntry(container, name)))
                        .as("%s %s", service, name).isEqualTo("configmap config " + name);
            }
        }
        var egress = Obj.ofKind(objects, "NetworkPolicy").filter(p -> Obj.name(p).endsWith("api-egress")).findFirst().orElseThrow();
        assertThat(Obj.list(egress, "spec.egress")).anySatisfy(rule ->
                assertThat(Obj.list(rule, "ports")).containsExactly(Map.of("port", 4317, "protocol", "TCP")));
        assertThatThrownBy(() -> Manifests.helmTemplate(null, Map.of("tracing.enabled", true)))
                .hasMessageContaining("tracing.otlpEndpoint is required");
    }

    @Test
    void quarkusOverridesReachEveryService() {
        var objects = Manifests.parse(Manifests.helmTemplate(null, Map.of(
                "config.quarkusOverrides.QUARKUS_LOG_LEVEL", "DEBUG",
                "services.projector-service.quarkusOverrides.QUARKUS_HTTP_LIMITS_MAX_BODY_SIZE", "64K",
                "miniApp.quarkusOverrides.QUARKUS_HTTP_STATIC_RESOURCES_MAX_AGE", "60S")));
        for (String service : WORKLOADS) {
            var container = Obj.container(Obj.forService(objects, "Deployment", service).orElseThrow());
            assertThat(Obj.list(container, "envFrom")).extracting(e -> Obj.str(e, "configMapRef.name"))
                    .containsExactly("academy-overrides", "academy-" + service + "-overrides");
        }
        assertThat(Obj.str(Obj.named(objects, "ConfigMap", "academy-overrides").orElseThrow(), "data.QUARKUS_LOG_LEVEL"))
                .isEqualTo("DEBUG");
        assertThat(Obj.named(objects, "ConfigMap", "academy-projector-service-overrides")).isPresent();
        assertThat(Obj.named(objects, "ConfigMap", "academy-user-service-overrides")).isEmpty();
        assertThat(Obj.str(Obj.named(objects, "ConfigMap", "academy-mini-app-overrides").orElseThrow(),
                "data.QUARKUS_HTTP_STATIC_RESOURCES_MAX_AGE")).isEqualTo("60S");
    }

    /** Defect: the Mini App's POSTs carry the Ingress origin, which the services refused (403) unless listed. */
    @Test
    void corsOriginsAdmitTheMiniAppsHostUnlessTheOperatorSetsThem() {
        var host = Manifests.parse(Manifests.helmTemplate(null, Map.of("ingress.host", "learn.example.net")));
        assertThat(Obj.str(Obj.named(host, "ConfigMap", "academy-config").orElseThrow(), "data.ACADEMY_CORS_ORIGINS"))
                .isEqualTo("https://web.telegram.org,https://learn.example.net");
        var set = Manifests.parse(Manifests.helmTemplate(null, Map.of("config.corsOrigins", "https://app.example.org")));
        assertThat(Obj.str(Obj.named(set, "ConfigMap", "academy-config").orElseThrow(), "data.ACADEMY_CORS_ORIGINS"))
                .isEqualTo("https://app.example.org");
        var noIngress = Manifests.parse(Manifests.helmTemplate(null, Map.of("ingress.enabled", false)));
        assertThat(Obj.str(Obj.named(noIngress, "ConfigMap", "academy-config").orElseThrow(), "data.ACADEMY_CORS_ORIGINS"))
                .isEqualTo("https://web.telegram.org");
    }

    @Test
    void withAutoscalingOffTheDeploymentCarriesReplicas() {
        var objects = Manifests.parse(Manifests.helmTemplate(null, Map.of(
                "services.learning-service.autoscaling.enabled", false, "services.learning-service.replicaCount", 4)));
        assertThat(Obj.at(Obj.forService(objects, "Deployment", "learning-service").orElseThrow(), "spec.replicas")).isEqualTo(4);
        assertThat(Obj.forService(objects, "HorizontalPodAutoscaler", "learning-service")).isEmpty();
        assertThat(Obj.forService(objects, "HorizontalPodAutoscaler", "course-service")).isPresent();
    }

    @Test
    void rulesAndDashboardsInKustomizeAreTheChartsOwn() throws Exception {
        var chartGroups = Obj.list(Manifests.readYaml(Manifests.CHART.resolve("files/prometheus-rules.yaml")), "groups");
        var k8sRule = Manifests.readYaml(Manifests.K8S.resolve("components/monitoring/prometheus-rule.yaml"));
        assertThat(Obj.list(k8sRule, "spec.groups")).isEqualTo(chartGroups);
        try (Stream<java.nio.file.Path> files = Files.list(Manifests.CHART.resolve("dashboards"))) {
            List<java.nio.file.Path> dashboards = files.sorted().toList();
            assertThat(dashboards).hasSize(2);
            for (var dashboard : dashboards) {
                var copy = Manifests.K8S.resolve("components/monitoring/dashboards").resolve(dashboard.getFileName());
                assertThat(Manifests.read(copy)).as(copy.toString()).isEqualTo(Manifests.read(dashboard));
            }
        }
    }
}
