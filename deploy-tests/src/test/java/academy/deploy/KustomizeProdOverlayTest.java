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
        // The namespace is the operator's (with its Pod Security labels): `kubectl delete -k` never deletes it.
        assertThat(Obj.ofKind(objects(), "Namespace")).isEmpty();
    }

    @Test
    void kubePrometheusStackSelectsTheMonitorsAndTheRules() {
        var monitoring = objects().stream().filter(o -> String.valueOf(o.get("apiVersion")).startsWith("monitoring.coreos.com/"))
                .toList();
        assertThat(monitoring).extracting(Obj::kind).contains("ServiceMonitor", "PrometheusRule");
        assertThat(monitoring).allSatisfy(o -> assertThat(Obj.label(o, "release")).as(Obj.name(o)).isEqualTo("kube-prometheus-stack"));
    }

    @Test
    void theConfigMapsAreHashedSoAChangeRollsThePods() {
        assertThat(Obj.ofKind(objects(), "ConfigMap").map(Obj::name).filter(n -> n.startsWith("academy-config")))
                .singleElement().satisfies(name -> assertThat(Kustomized.hashed(name)).as(name).isTrue());
    }
}
