package academy.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The deployment checks on kubectl kustomize k8s/overlays/dev. */
class KustomizeDevOverlayTest extends DeploymentChecks {

    @Override
    List<Map<String, Object>> objects() {
        return Manifests.kustomize("overlays/dev");
    }

    @Override
    int minReplicas() {
        return 1;
    }

    @Override
    int maxReplicas() {
        return 3;
    }

    @Test
    void devRunsAMinimalPostgresAndRedisThatOnlyTheServicesReach() {
        assertThat(Obj.ofKind(objects(), "StatefulSet").map(Obj::name)).containsExactlyInAnyOrder("postgresql", "redis");
        assertThat(Obj.ofKind(objects(), "Service").map(Obj::name)).contains("postgresql", "redis");
        var policy = Obj.named(objects(), "NetworkPolicy", "academy-datastores-ingress").orElseThrow();
        assertThat(Obj.map(Obj.list(Obj.list(policy, "spec.ingress").get(0), "from").get(0), "podSelector.matchLabels"))
                .containsEntry("app.kubernetes.io/component", "api");
        for (String service : Obj.SERVICES) {
            var secret = Obj.generated(objects(), "Secret", service + "-secrets").orElseThrow();
            String url = new String(Base64.getMimeDecoder().decode(Obj.str(secret, "data.DATABASE_URL")), StandardCharsets.UTF_8);
            assertThat(url).startsWith("postgresql://").contains("@postgresql:5432/");
        }
        var namespace = Obj.ofKind(objects(), "Namespace").toList();
        assertThat(namespace).extracting(Obj::name).containsExactly("academy-dev");
        assertThat(Obj.map(namespace.get(0), "metadata.labels"))
                .containsEntry("pod-security.kubernetes.io/enforce", "restricted");
    }

    @Test
    void generatedConfigMapsAndSecretsCarryAContentHashSoPodsRollWhenTheyChange() {
        for (String service : Obj.SERVICES) {
            var deployment = deployment(service);
            var referenced = DeploymentChecks.referencedSecrets(deployment);
            assertThat(referenced).as(service).anyMatch(Kustomized::hashed);
            var configMaps = Obj.list(Obj.container(deployment), "env").stream()
                    .map(e -> Obj.str(e, "valueFrom.configMapKeyRef.name")).filter(java.util.Objects::nonNull).toList();
            assertThat(configMaps).as(service).isNotEmpty().allMatch(Kustomized::hashed);
            assertThat(Obj.list(Obj.podSpec(deployment), "volumes")).filteredOn(v -> v.containsKey("configMap"))
                    .allSatisfy(v -> assertThat(Kustomized.hashed(Obj.str(v, "configMap.name"))).as(v.toString()).isTrue());
        }
    }
}
