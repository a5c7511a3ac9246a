package academy.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The layering rules (docs/decisions/0015-architecture-rules.md) over the source files of every
 * module of this repository. Each failure lists file:line of every place that breaks the rule.
 *
 * <p>Never disabled: a violation fails {@code mvn verify} of this module (the last of the reactor).
 * It was written while the code still broke the api and event-store-table rules, so it failed on
 * purpose until those fixes were merged. Tagged "architecture" so it can be run alone:
 * {@code mvn -pl architecture-tests verify}.
 */
@Tag("architecture")
class ArchitectureTest {

    private static final SourceTree TREE = SourceTree.around(Path.of(""));
    private static final ArchitectureRules RULES = ArchitectureRules.of(TREE);

    @Test
    void the_tree_holds_the_services_and_the_store_tables() {
        assertThat(TREE.modules()).contains("event-store", "user-service", "projector-service");
        assertThat(TREE.eventStoreTables()).contains("event_store", "subscription_checkpoints");
        assertThat(TREE.mainSources()).hasSizeGreaterThan(100);
    }

    @Test
    void domain_imports_no_framework_and_no_other_layer() {
        assertNone(RULES.domainIsPure(), "domain packages must stay pure");
    }

    @Test
    void no_service_imports_another_service() {
        assertNone(RULES.servicesAreIndependent(), "services share only the libraries");
    }

    @Test
    void api_does_not_import_infrastructure() {
        assertNone(RULES.apiSkipsInfrastructure(), "api reaches infrastructure through application");
    }

    @Test
    void only_event_store_names_its_tables_in_sql() {
        assertNone(RULES.storeTablesStayInEventStore(), "the event store's tables belong to event-store");
    }

    static void assertNone(List<Violation> violations, String rule) {
        assertThat(violations)
                .withFailMessage(() -> rule + ", " + violations.size() + " violation(s):\n"
                        + String.join("\n", violations.stream().map(Violation::toString).toList()))
                .isEmpty();
    }
}
