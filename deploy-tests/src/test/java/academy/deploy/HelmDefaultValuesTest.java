package academy.deploy;

import java.util.List;
import java.util.Map;

/** The deployment checks on the chart with its default values. */
class HelmDefaultValuesTest extends DeploymentChecks {

    @Override
    List<Map<String, Object>> objects() {
        return Manifests.helm(null);
    }

    @Override
    int minReplicas() {
        return 2;
    }

    @Override
    int maxReplicas() {
        return 10;
    }

    @Override
    boolean monitoring() {
        return false;
    }
}
