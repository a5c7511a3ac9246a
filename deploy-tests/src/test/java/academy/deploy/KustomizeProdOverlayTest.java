package academy.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The deployment checks on kubectl kustomize k8s/overlays/prod. */
class KustomizeProdOverlayTest extends DeploymentChecks {

    @Override
    List<Map<String, Object>> objects() {
        return Manifests.kustomize("overlays/prod");
    }

    @Override
    int minReplicas() {
        return 3;
    }

    @Override
    int maxReplicas() {
        return 50;
    }

    @Test
    void prodUsesExternalStoresAndCommitsNoSecret() {
        assertThat(Obj.ofKind(objects(), "StatefulSet")).isEmpty();
        assertThat(Obj.ofKind(objects(), "Secret")).isEmpty();
        var egress = Obj.named(objects(), "NetworkPolicy", "academy-api-egress").orElseThrow();
        assertThat(Obj.list(egress, "spec.egress")).flatExtracting(rule -> Obj.list(rule, "to"))
                .noneMatch(peer -> "0.0.0.0/0".equals(Obj.str(peer, "ipBlock.cidr")));
        assertThat(Obj.ofKind(objects(), "Namespace").map(Obj::name)).containsExactly("academy");
    }
}
