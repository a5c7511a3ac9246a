package academy.architecture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URISyntaxException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The rules themselves, over two fake repositories: one breaking each rule once, one clean. */
class ArchitectureRulesTest {

    private static final String ORDER = "shop-service/src/main/java/academy/shop/domain/Order.java";
    private static final String RESOURCE = "shop-service/src/main/java/academy/shop/api/OrderResource.java";

    @Test
    void the_root_is_found_by_walking_up_to_the_pom_with_modules() {
        SourceTree tree = SourceTree.around(tree("violating").resolve("shop-service/src/main/java"));

        assertThat(tree.root()).isEqualTo(tree("violating"));
        assertThat(tree.modules()).containsExactly("event-store", "shared-lib", "shop-service", "bill-service");
    }

    @Test
    void the_store_tables_come_from_the_event_store_migrations() {
        assertThat(SourceTree.at(tree("violating")).eventStoreTables()).containsExactly("checkpoints", "stored_events");
    }

    @Test
    void a_domain_importing_a_framework_or_another_layer_is_found() {
        assertThat(rules("violating").domainIsPure()).extracting(Violation::toString).containsExactly(
                ORDER + ":4: domain imports the application layer: academy.shop.application.Orders",
                ORDER + ":5: domain imports the framework com.fasterxml.jackson.annotation.JsonProperty");
    }

    @Test
    void a_service_importing_another_service_is_found() {
        assertThat(rules("violating").servicesAreIndependent()).extracting(Violation::toString).containsExactly(
                RESOURCE + ":3: shop-service imports another service: academy.bill.domain.Bill");
    }

    @Test
    void an_api_importing_infrastructure_is_found() {
        assertThat(rules("violating").apiSkipsInfrastructure()).extracting(Violation::toString).containsExactly(
                RESOURCE + ":5: api imports infrastructure: academy.shop.infrastructure.OrderTable");
    }

    @Test
    void a_store_table_in_a_text_block_outside_event_store_is_found_on_its_own_line() {
        assertThat(rules("violating").storeTablesStayInEventStore()).extracting(Violation::toString).containsExactly(
                RESOURCE + ":12: names the event store's table STORED_EVENTS (use the event-store API)");
    }

    @Test
    void the_failure_message_lists_every_violation_with_file_and_line() {
        assertThatThrownBy(() -> ArchitectureTest.assertNone(rules("violating").all(), "the rules"))
                .hasMessageContaining("the rules, 5 violation(s):")
                .hasMessageContaining(ORDER + ":4:").hasMessageContaining(ORDER + ":5:")
                .hasMessageContaining(RESOURCE + ":3:").hasMessageContaining(RESOURCE + ":5:")
                .hasMessageContaining(RESOURCE + ":12:");
    }

    @Test
    void a_clean_tree_passes_every_rule() {
        assertThat(rules("clean").all()).isEmpty();
    }

    @Test
    void comments_identifiers_and_char_literals_are_not_string_literals() {
        assertThat(JavaLiterals.of("""
                // "not a literal"
                /* "nor this" */
                char c = '"'; String s = "a \\" b"; String t = ""\"
                    two
                    lines""\";
                """)).containsExactly(new StringLiteral(3, "a \\\" b"), new StringLiteral(3, "\n    two\n    lines"));
    }

    private static ArchitectureRules rules(String name) {
        return ArchitectureRules.of(SourceTree.at(tree(name)));
    }

    private static Path tree(String name) {
        try {
            return Path.of(ArchitectureRulesTest.class.getResource("/trees/" + name + "/pom.xml").toURI()).getParent();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
