package academy.deploy;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.marcnuri.helm.Helm;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/** Renders the chart (helm-java) and the kustomize overlays (kubectl), once per JVM each. */
final class Manifests {

    static final String RELEASE = "academy";
    static final String NAMESPACE = "academy";
    static final Path ROOT = repositoryRoot();
    static final Path CHART = ROOT.resolve("helm/telegram-academy");
    static final Path K8S = ROOT.resolve("k8s");

    // A key twice in one mapping is an error for kubectl: it is one here too.
    private static final ObjectMapper YAML = new ObjectMapper(
            new YAMLFactory().enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION));
    private static final Map<String, List<Map<String, Object>>> CACHE = new ConcurrentHashMap<>();

    private Manifests() {
    }

    /** The repository root: the working directory (deploy-tests under Maven) or its parent. */
    private static Path repositoryRoot() {
        Path dir = Path.of(System.getProperty("user.dir")).toAbsolutePath();
        return Files.isDirectory(dir.resolve("k8s")) ? dir : dir.getParent();
    }

    /** The chart rendered with values.yaml plus {@code valuesFile} (null: defaults only). */
    static List<Map<String, Object>> helm(String valuesFile) {
        return CACHE.computeIfAbsent("helm:" + valuesFile, key -> parse(helmTemplate(valuesFile, Map.of())));
    }

    /** The chart with {@code valuesFile} (null: defaults only) plus the operator's key and token, and {@code sets}. */
    static String helmTemplate(String valuesFile, Map<String, Object> sets) {
        return helmTemplateWithout(valuesFile, sets, false);
    }

    /** As the operator would call it, or (bare) with no key, public key or bot token given. */
    static String helmTemplateWithout(String valuesFile, Map<String, Object> sets, boolean bare) {
        var template = new Helm(CHART).template().withName(RELEASE).withNamespace(NAMESPACE);
        if (valuesFile != null) {
            template = template.withValuesFile(CHART.resolve(valuesFile));
        }
        if (!bare) {
            template = template.withValuesFile(OperatorValues.file());
        }
        for (var set : sets.entrySet()) {
            template = template.set(set.getKey(), set.getValue());
        }
        return template.call();
    }

    /** {@code kubectl kustomize k8s/<dir>}. */
    static List<Map<String, Object>> kustomize(String dir) {
        return CACHE.computeIfAbsent("kustomize:" + dir, key -> parse(kubectlKustomize(K8S.resolve(dir))));
    }

    static String kubectlKustomize(Path dir) {
        try {
            Path out = Files.createTempFile("kustomize", ".yaml");
            Path err = Files.createTempFile("kustomize", ".err");
            Process process = new ProcessBuilder("kubectl", "kustomize", dir.toString())
                    .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
            if (!process.waitFor(120, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException("kubectl kustomize " + dir + " timed out");
            }
            String yaml = Files.readString(out, StandardCharsets.UTF_8);
            String errors = Files.readString(err, StandardCharsets.UTF_8);
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
            if (process.exitValue() != 0) {
                throw new IllegalStateException("kubectl kustomize " + dir + " failed: " + errors);
            }
            return yaml;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Every non-empty document of a multi-document YAML stream, as maps. */
    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> parse(String yaml) {
        List<Map<String, Object>> objects = new ArrayList<>();
        try (var parser = YAML.getFactory().createParser(yaml)) {
            var documents = YAML.readValues(parser, Object.class);
            while (documents.hasNext()) {
                Object document = documents.next();
                if (document instanceof Map<?, ?> map && !map.isEmpty()) {
                    objects.add((Map<String, Object>) map);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return List.copyOf(objects);
    }

    /**
     * What quarkus-kubernetes wrote for a service when it was packaged:
     * {@code <service>/target/kubernetes/kubernetes.yml}. Missing or older than the service's
     * application.properties, it fails with how to build it.
     */
    static List<Map<String, Object>> generated(String service) {
        Path file = ROOT.resolve(service).resolve("target/kubernetes/kubernetes.yml");
        Path properties = ROOT.resolve(service).resolve("src/main/resources/application.properties");
        String build = "build the services first: `mvn -B package -DskipTests -pl " + String.join(",", Obj.WORKLOADS)
                + " -am` (a full `mvn -B verify` from the repository root packages them before deploy-tests)";
        if (!Files.isRegularFile(file)) {
            throw new AssertionError(file + " does not exist: " + build);
        }
        try {
            if (Files.getLastModifiedTime(properties).compareTo(Files.getLastModifiedTime(file)) > 0) {
                throw new AssertionError(file + " is older than " + properties + ": " + build);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return CACHE.computeIfAbsent("generated:" + service, key -> parse(read(file)));
    }

    static Map<String, Object> readYaml(Path file) {
        return parse(read(file)).get(0);
    }

    static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
