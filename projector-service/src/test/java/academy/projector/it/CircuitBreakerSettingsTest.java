package academy.projector.it;

import static org.assertj.core.api.Assertions.assertThat;

import academy.testing.AcademyTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

/**
 * The Redis circuit breakers' one setting reaches SmallRye Fault Tolerance under the key it reads
 * (quarkus.fault-tolerance.* is relocated to smallrye.faulttolerance.*).
 */
@QuarkusTest
@QuarkusTestResource(value = AcademyTestResource.class, restrictToAnnotatedClass = false)
class CircuitBreakerSettingsTest {

    @Test
    void theCircuitBreakerSettingIsWrittenOnceAndSeenByFaultTolerance() {
        var config = ConfigProvider.getConfig();
        String global = "smallrye.faulttolerance.global.circuit-breaker.";
        assertThat(config.getValue(global + "request-volume-threshold", Integer.class)).isEqualTo(4);
        assertThat(config.getValue(global + "failure-ratio", Double.class)).isEqualTo(0.5);
        assertThat(config.getValue(global + "delay", Long.class)).isEqualTo(3000L);
    }
}
