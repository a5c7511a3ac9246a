package academy.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The deployment checks on the chart with values-dev.yaml. */
class HelmDevValuesTest extends DeploymentChecks {

    @Override
    List<Map<String, Object>> objects() {
        return Manifests.helm("values-dev.yaml");
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
    void devRunsTheInChartPostgresAndRedis() {
        assertThat(Obj.ofKind(objects(), "StatefulSet").map(Obj::name))
                .containsExactlyInAnyOrder("academy-postgresql", "academy-redis");
        var secret = Obj.named(objects(), "Secret", "academy-learning-service-secrets").orElseThrow();
        assertThat(Obj.str(secret, "stringData.DATABASE_URL")).contains("@academy-postgresql:5432/");
        assertThat(Obj.str(secret, "stringData.REDIS_URL")).isEqualTo("redis://academy-redis:6379");
    }
}
