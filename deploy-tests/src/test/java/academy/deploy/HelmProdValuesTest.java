package academy.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The deployment checks on the chart with values-prod.yaml. */
class HelmProdValuesTest extends DeploymentChecks {

    @Override
    List<Map<String, Object>> objects() {
        return Manifests.helm("values-prod.yaml");
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
    void prodUsesExternalStoresAndRendersNoSecret() {
        assertThat(Obj.ofKind(objects(), "StatefulSet")).isEmpty();
        assertThat(Obj.ofKind(objects(), "Secret")).isEmpty();
    }
}
