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
            var secret = Obj.named(objects(), "Secret", service + "-secrets").orElseThrow();
            String url = new String(Base64.getMimeDecoder().decode(Obj.str(secret, "data.DATABASE_URL")), StandardCharsets.UTF_8);
            assertThat(url).startsWith("postgresql://").contains("@postgresql:5432/");
        }
        assertThat(Obj.ofKind(objects(), "Namespace").map(Obj::name)).containsExactly("academy-dev");
    }
}
