package academy.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The validator itself: it must catch what it is there to catch. */
class ModelValidationTest {

    private static final String DEPLOYMENT = """
            apiVersion: apps/v1
            kind: Deployment
            metadata:
              name: user-service
            spec:
              selector:
                matchLabels:
                  app: x
              template:
                metadata:
                  labels:
                    app: x
                spec:
                  containers:
                    - name: user-service
                      image: ghcr.io/telegram-academy/user-service:0.1.0
                      %s
            """;

    @Test
    void aWellFormedObjectHasNoProblem() {
        var object = Manifests.parse(DEPLOYMENT.formatted("imagePullPolicy: IfNotPresent")).get(0);
        assertThat(ModelValidation.problems(object)).isEmpty();
    }

    @Test
    void aMisspelledFieldDeepInsideIsReported() {
        var object = Manifests.parse(DEPLOYMENT.formatted("livenesProbe: {httpGet: {path: /q/health/live, port: http}}")).get(0);
        assertThat(ModelValidation.problems(object)).singleElement().asString()
                .contains("containers[0]").contains("livenesProbe");
    }

    @Test
    void aFieldInsideAQuantityOrProbeIsReported() {
        var object = Manifests.parse(DEPLOYMENT.formatted("readinessProbe: {httpGet: {path: /q/health/ready, prot: http}}")).get(0);
        assertThat(ModelValidation.problems(object)).singleElement().asString().contains("prot");
    }

    @Test
    void anUnknownKindIsReported() {
        var object = Manifests.parse("""
                apiVersion: example.com/v1
                kind: Gadget
                metadata:
                  name: g
                spec: {}
                """).get(0);
        assertThat(ModelValidation.problems(object)).singleElement().asString().contains("not in the model");
    }

    @Test
    void aDuplicateKeyIsAParseError() {
        assertThatThrownBy(() -> Manifests.parse("""
                apiVersion: v1
                kind: ConfigMap
                metadata:
                  name: a
                  name: b
                """)).hasMessageContaining("name");
    }
}
