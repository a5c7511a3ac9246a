package academy.architecture;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The layering rules of docs/decisions/0015-architecture-rules.md, each returning every place that breaks it. */
final class ArchitectureRules {

    /** Packages a domain package must not import: frameworks, serialisation, metrics, logging. */
    static final List<String> FRAMEWORKS = List.of(
            "io.quarkus", "io.smallrye", "io.vertx", "io.netty", "io.micrometer", "io.opentelemetry",
            "jakarta", "javax", "org.eclipse.microprofile", "com.fasterxml", "org.jboss", "org.hibernate",
            "org.slf4j", "org.apache");
    /** Parts of the JDK under a framework prefix: plain computation, no framework (e.g. HMAC in a domain rule). */
    static final List<String> JDK_UNDER_FRAMEWORK_PREFIX = List.of("javax.crypto");
    static final List<String> OTHER_LAYERS = List.of("api", "application", "infrastructure");
    /**
     * Modules allowed to name the event store's tables in SQL besides event-store itself: test-support
     * (test helpers count and inspect events) and local-platform (the bench seeds the past straight
     * into the store). Neither runs in production.
     */
    static final Set<String> STORE_TABLE_TOOLING = Set.of("test-support", "local-platform");

    private final List<SourceFile> sources;
    private final List<String> storeTables;

    ArchitectureRules(List<SourceFile> sources, List<String> storeTables) {
        this.sources = sources;
        this.storeTables = storeTables;
    }

    static ArchitectureRules of(SourceTree tree) {
        return new ArchitectureRules(tree.mainSources(), tree.eventStoreTables());
    }

    /** A domain package imports no framework and no other layer of its service. */
    List<Violation> domainIsPure() {
        List<Violation> violations = new ArrayList<>();
        for (SourceFile file : sources) {
            if (!file.isInLayer("domain")) {
                continue;
            }
            for (SourceFile.Import imported : file.imports()) {
                boolean jdk = JDK_UNDER_FRAMEWORK_PREFIX.stream().anyMatch(imported::isIn);
                for (String framework : FRAMEWORKS) {
                    if (imported.isIn(framework) && !jdk) {
                        violations.add(new Violation(file.path(), imported.line(),
                                "domain imports the framework " + imported.name()));
                    }
                }
                for (String layer : OTHER_LAYERS) {
                    if (imported.isIn("academy." + file.topPackage() + "." + layer)) {
                        violations.add(new Violation(file.path(), imported.line(),
                                "domain imports the " + layer + " layer: " + imported.name()));
                    }
                }
            }
        }
        return violations;
    }

    /** A service imports no other service (the shared libraries are fine). */
    List<Violation> servicesAreIndependent() {
        Set<String> servicePackages = new TreeSet<>();
        for (SourceFile file : sources) {
            if (isService(file.module()) && !file.topPackage().isEmpty()) {
                servicePackages.add(file.topPackage());
            }
        }
        List<Violation> violations = new ArrayList<>();
        for (SourceFile file : sources) {
            if (!isService(file.module())) {
                continue;
            }
            for (SourceFile.Import imported : file.imports()) {
                for (String other : servicePackages) {
                    if (!other.equals(file.topPackage()) && imported.isIn("academy." + other)) {
                        violations.add(new Violation(file.path(), imported.line(),
                                file.module() + " imports another service: " + imported.name()));
                    }
                }
            }
        }
        return violations;
    }

    /** An api package reaches infrastructure only through application. */
    List<Violation> apiSkipsInfrastructure() {
        List<Violation> violations = new ArrayList<>();
        for (SourceFile file : sources) {
            if (!file.isInLayer("api")) {
                continue;
            }
            for (SourceFile.Import imported : file.imports()) {
                if (imported.isIn("academy." + file.topPackage() + ".infrastructure")) {
                    violations.add(new Violation(file.path(), imported.line(),
                            "api imports infrastructure: " + imported.name()));
                }
            }
        }
        return violations;
    }

    /** Only event-store names its tables in SQL; everyone else goes through its API. */
    List<Violation> storeTablesStayInEventStore() {
        Pattern tables = Pattern.compile("\\b(" + String.join("|", storeTables) + ")\\b", Pattern.CASE_INSENSITIVE);
        List<Violation> violations = new ArrayList<>();
        for (SourceFile file : sources) {
            if (file.module().equals(SourceTree.EVENT_STORE_MODULE) || STORE_TABLE_TOOLING.contains(file.module())) {
                continue;
            }
            for (StringLiteral literal : file.literals()) {
                Matcher table = tables.matcher(literal.text());
                while (table.find()) {
                    violations.add(new Violation(file.path(), literal.lineOf(table.start()),
                            "names the event store's table " + table.group(1) + " (use the event-store API)"));
                }
            }
        }
        return violations;
    }

    List<Violation> all() {
        List<Violation> violations = new ArrayList<>();
        violations.addAll(domainIsPure());
        violations.addAll(servicesAreIndependent());
        violations.addAll(apiSkipsInfrastructure());
        violations.addAll(storeTablesStayInEventStore());
        return violations;
    }

    private static boolean isService(String module) {
        return module.endsWith("-service");
    }
}
